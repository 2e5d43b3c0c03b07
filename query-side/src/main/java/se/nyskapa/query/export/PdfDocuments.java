package se.nyskapa.query.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * PDFs rendered from Thymeleaf templates (under {@code templates/pdf/}, written as well-formed XHTML, which the
 * renderer needs) through openhtmltopdf on PDFBox. The text is set in DejaVu Sans, embedded from the jar (with its
 * licence beside it), so every letter a region writes in comes out, whatever fonts the machine has. The PDF is tagged
 * (PDF/UA): its title comes from the template's {@code <title>} and its language from {@code <html lang>}.
 */
@Component
public class PdfDocuments {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/fonts/dejavu/";

    private final ITemplateEngine templates;
    private final ThymeleafEvaluationContext beans;

    /** Templates reach beans such as {@code @regionTimes} as pages do; values are converted as Spring does by default. */
    PdfDocuments(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.beans = new ThymeleafEvaluationContext(application, null);
    }

    /** @param template the template's name under {@code templates/}, e.g. {@code pdf/feedback} */
    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        Context context = new Context(locale, model);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, beans);
        String xhtml = templates.process(template, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Nyskapa");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF " + template + " could not be rendered", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream font = PdfDocuments.class.getResourceAsStream(FONTS + file);
        if (font == null) {
            throw new IllegalStateException("the font " + file + " is missing from the jar");
        }
        return font;
    }
}
