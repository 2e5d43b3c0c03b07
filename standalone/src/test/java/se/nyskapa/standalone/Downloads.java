package se.nyskapa.standalone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Files the platform serves (CSV, JSON, PDF), fetched over HTTP as bytes, as a browser downloads them. */
final class Downloads {

    private static final HttpClient HTTP = HttpClient.newBuilder()
                                                     .followRedirects(HttpClient.Redirect.NEVER).build();

    private Downloads() {
    }

    static HttpResponse<byte[]> get(RunningPlatform platform, String path) {
        try {
            return HTTP.send(platform.request(path).GET().build(),
                             HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A PDF's text (its white space, line breaks in table cells included, as single spaces), title and language. */
    record Pdf(String text, String title, String language) {
    }

    static Pdf pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            return new Pdf(text, document.getDocumentInformation().getTitle(),
                           document.getDocumentCatalog().getLanguage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
