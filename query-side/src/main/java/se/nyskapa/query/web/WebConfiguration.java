package se.nyskapa.query.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The web application's languages: Swedish unless the user chose English or Norwegian bokmål with {@code ?lang=} on
 * any page, a choice kept in a cookie. Only those three are taken; any other asked for leaves the choice as it was.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final List<Locale> LANGUAGES = List.of(SWEDISH, Locale.forLanguageTag("en"), Locale.forLanguageTag("nb"));

    /**
     * The texts in {@code messages*.properties} (shared by every page) and in a bundle per area under {@code i18n/}:
     * Swedish in the base files. Without a file for the asked language
     * Spring would fall back to the server's own locale before the base file, and an English server would answer
     * Swedish users in English.
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/staff", "i18n/analysis", "i18n/leadership");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /**
     * A page is rendered whole before any of it is sent: one that fails halfway answers with an error, instead of
     * half a page under a 200 that neither a user nor a test can tell from a whole one.
     */
    @Bean
    static BeanPostProcessor wholePages() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ThymeleafViewResolver pages) {
                    pages.setProducePartialOutputWhileProcessing(false);
                }
                return bean;
            }
        };
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver cookie = new SupportedLanguages("nyskapa-lang");
        cookie.setDefaultLocale(SWEDISH);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieSameSite("Lax");
        return cookie;
    }

    /**
     * Only pages take {@code ?lang=}: reading a parameter reads a form body too, and the API's commands, which take
     * JSON, would otherwise have a malformed form body parsed (and refused outside their own problem handling).
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }

    private static final class SupportedLanguages extends CookieLocaleResolver {

        SupportedLanguages(String cookieName) {
            super(cookieName);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            if (locale == null || LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
                super.setLocale(request, response, locale == null ? null : Locale.forLanguageTag(locale.getLanguage()));
            }
        }
    }
}
