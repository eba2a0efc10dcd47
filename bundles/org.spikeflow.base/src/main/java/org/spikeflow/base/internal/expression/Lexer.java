package org.spikeflow.base.internal.expression;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.base.internal.expression.Token.Kind;

/** Splits expression text into tokens. */
final class Lexer {
    private static final String[] OPERATORS = {"==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "^", "<",
            ">", "!", "(", ")", ",", "?", ":"};

    private final String text;
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) {
        return new Lexer(text).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                tokens.add(new Token(Kind.END, "", text.length()));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        char c = text.charAt(pos);
        int start = pos;
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return number();
        }
        if (c == '"' || c == '\'') {
            return string(c);
        }
        if (c == '$') {
            return variable();
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.IDENTIFIER, text.substring(start, pos), start);
        }
        for (String operator : OPERATORS) {
            if (text.startsWith(operator, pos)) {
                pos += operator.length();
                return new Token(Kind.OPERATOR, operator, start);
            }
        }
        if (c == '=' || c == '&' || c == '|') {
            String hint = c == '=' ? "'==' to compare" : "'" + c + c + "'";
            throw Parser.error("Unexpected '" + c + "'; did you mean " + hint + "?", start, text);
        }
        throw Parser.error("Unexpected character '" + c + "'", start, text);
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private Token number() {
        int start = pos;
        digits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            digits();
        }
        // An exponent only when digits follow, so that "2*e" and "2e" do not swallow the constant e.
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                digits();
            } else {
                pos = mark;
            }
        }
        if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
            throw Parser.error("Unexpected '" + text.charAt(pos) + "' after number " + text.substring(start, pos),
                    pos, text);
        }
        return new Token(Kind.NUMBER, text.substring(start, pos), start);
    }

    private void digits() {
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private Token string(char delimiter) {
        int start = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == delimiter) {
                return new Token(Kind.STRING, value.toString(), start);
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    break;
                }
                char escaped = text.charAt(pos++);
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case '\\', '"', '\'' -> value.append(escaped);
                    default -> throw Parser.error(
                            "Unknown escape '\\" + escaped + "' in string (use \\\", \\', \\\\, \\n, \\t or \\r)",
                            pos - 2, text);
                }
            } else {
                value.append(c);
            }
        }
        throw Parser.error("Unterminated string: missing closing " + delimiter, start, text);
    }

    private Token variable() {
        int start = pos;
        pos++;
        if (pos < text.length() && text.charAt(pos) == '{') {
            int close = text.indexOf('}', pos + 1);
            if (close < 0) {
                throw Parser.error("Unterminated variable name: missing '}' after '${'", start, text);
            }
            String name = text.substring(pos + 1, close);
            if (name.isBlank()) {
                throw Parser.error("Empty variable name in '${}'", start, text);
            }
            pos = close + 1;
            return new Token(Kind.VARIABLE, name, start);
        }
        while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        if (pos == start + 1) {
            throw Parser.error("Expected a variable name after '$' (write ${name} for names with spaces or symbols)",
                    start, text);
        }
        return new Token(Kind.VARIABLE, text.substring(start + 1, pos), start);
    }
}
