package org.psychograph.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A client that goes away mid-upload: it sends the request head and the first {@code cutAt} bytes of a file
 * (chunked, as browsers and streaming clients send large bodies, or with the whole file's Content-Length), then
 * closes its socket without a word. Hand-written on a socket because an HTTP client library will not send half
 * a body on purpose.
 */
final class CutUpload {

    private CutUpload() {}

    static void send(String url, String token, Path file, long cutAt, boolean chunked) throws IOException {
        URI uri = URI.create(url);
        byte[] body = Files.readAllBytes(file);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            String head = "POST " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: text/csv\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            int sent = 0;
            while (sent < cutAt) {
                int n = (int) Math.min(16 * 1024, cutAt - sent);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(body, sent, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                sent += n;
            }
            socket.setSoLinger(true, 0); // a reset, as when a laptop lid closes or a proxy drops the connection
        }
    }
}
