package id.rantai.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs text through a token stream and collects what comes out. */
final class Tokens {

    /** A term and the position it stands at (0 for the first token). */
    record Token(String term, int position) {
    }

    private Tokens() {
    }

    /** The terms of {@code text} after the standard tokenizer, lower case and then {@code filters}. */
    static List<String> terms(String text, UnaryOperator<TokenStream> filters) {
        return tokens(text, filters).stream().map(Token::term).toList();
    }

    /** The terms of {@code text} after the standard tokenizer and {@code filters}, case kept. */
    static List<String> termsWithoutLowerCase(String text, UnaryOperator<TokenStream> filters) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return collect(filters.apply(tokenizer)).stream().map(Token::term).toList();
    }

    static List<Token> tokens(String text, UnaryOperator<TokenStream> filters) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return collect(filters.apply(new LowerCaseFilter(tokenizer)));
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return collect(analyzer.tokenStream("field", text)).stream().map(Token::term).toList();
    }

    private static List<Token> collect(TokenStream stream) {
        List<Token> tokens = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
