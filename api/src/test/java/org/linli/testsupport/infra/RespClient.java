package org.linli.testsupport.infra;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny, blocking RESP2 client, just enough for the test infrastructure (PING, SET, GET, SCAN,
 * UNLINK, DEL). Not thread-safe; one instance per connection.
 *
 * <p>Replies are mapped to Java types as follows: simple string and bulk string to {@link String},
 * integer to {@link Long}, array to {@link List}, null bulk string and null array to {@code null}.
 * An error reply raises {@link RespException}.
 */
final class RespClient implements Closeable {

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  /** Thrown when the server answers with an error reply ({@code -ERR ...}). */
  static final class RespException extends IOException {
    private static final long serialVersionUID = 1L;

    RespException(String message) {
      super(message);
    }
  }

  /**
   * Opens a connection.
   *
   * @param host the Redis host
   * @param port the Redis port
   * @param timeoutMillis connect and read timeout in milliseconds
   * @throws IOException if the connection cannot be established
   */
  RespClient(String host, int port, int timeoutMillis) throws IOException {
    socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      socket.setTcpNoDelay(true);
      in = new BufferedInputStream(socket.getInputStream());
      out = new BufferedOutputStream(socket.getOutputStream());
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  /**
   * Sends one command and reads its reply.
   *
   * @param args the command name followed by its arguments
   * @return the decoded reply (see the class comment for the mapping)
   * @throws RespException if the server answers with an error reply
   * @throws IOException on any I/O or protocol problem
   */
  Object command(String... args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException("A command needs at least a name");
    }
    writeAsciiLine("*" + args.length);
    for (String arg : args) {
      byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
      writeAsciiLine("$" + bytes.length);
      out.write(bytes);
      out.write('\r');
      out.write('\n');
    }
    out.flush();
    return readReply();
  }

  /**
   * Collects all keys matching a glob pattern with {@code SCAN cursor MATCH pattern COUNT n}.
   *
   * @param pattern a Redis glob pattern
   * @param count the COUNT hint for each SCAN round trip
   * @return all matching keys (may contain duplicates, as SCAN allows)
   * @throws IOException on any I/O or protocol problem
   */
  List<String> scan(String pattern, int count) throws IOException {
    List<String> keys = new ArrayList<>();
    String cursor = "0";
    do {
      Object reply = command("SCAN", cursor, "MATCH", pattern, "COUNT", Integer.toString(count));
      if (!(reply instanceof List<?> parts) || parts.size() != 2) {
        throw new IOException("Unexpected SCAN reply: " + reply);
      }
      cursor = (String) parts.get(0);
      for (Object key : (List<?>) parts.get(1)) {
        keys.add((String) key);
      }
    } while (!"0".equals(cursor));
    return keys;
  }

  /**
   * Escapes the glob special characters of Redis ({@code * ? [ ] \}) so that {@code literal} is
   * matched verbatim.
   *
   * @param literal the text to match literally
   * @return the escaped text, usable as part of a MATCH pattern
   */
  static String escapeGlob(String literal) {
    StringBuilder sb = new StringBuilder(literal.length() + 8);
    for (char c : literal.toCharArray()) {
      if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private void writeAsciiLine(String line) throws IOException {
    out.write(line.getBytes(StandardCharsets.US_ASCII));
    out.write('\r');
    out.write('\n');
  }

  private Object readReply() throws IOException {
    int type = in.read();
    if (type == -1) {
      throw new EOFException("Connection closed by Redis");
    }
    String line = readLine();
    switch (type) {
      case '+':
        return line;
      case '-':
        throw new RespException(line);
      case ':':
        return Long.parseLong(line);
      case '$':
        {
          int length = Integer.parseInt(line);
          if (length < 0) {
            return null;
          }
          byte[] data = in.readNBytes(length);
          if (data.length != length || in.read() != '\r' || in.read() != '\n') {
            throw new EOFException("Truncated bulk string");
          }
          return new String(data, StandardCharsets.UTF_8);
        }
      case '*':
        {
          int count = Integer.parseInt(line);
          if (count < 0) {
            return null;
          }
          List<Object> items = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            items.add(readReply());
          }
          return items;
        }
      default:
        throw new IOException("Unsupported RESP reply type '" + (char) type + "'");
    }
  }

  /** Reads up to CRLF; returns the line without the terminator. */
  private String readLine() throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(32);
    while (true) {
      int b = in.read();
      if (b == -1) {
        throw new EOFException("Connection closed by Redis");
      }
      if (b == '\r') {
        if (in.read() != '\n') {
          throw new IOException("Malformed RESP line");
        }
        return buffer.toString(StandardCharsets.UTF_8);
      }
      buffer.write(b);
    }
  }
}
