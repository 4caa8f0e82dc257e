package io.switchboard.companion.logic;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.RAMDirectory;

/**
 * The suggested replies' memory: a Lucene index of past customer messages, each with the reply an agent sent to it,
 * ranked by BM25 over the terms of the customer's language's analyzer. Thread-safe: many searches run while one
 * writer adds.
 */
public final class ReplyIndex implements Closeable {

    /** A reply an agent sent to a similar message, with the BM25 score of that message and where it came from. */
    public record Suggestion(String text, double score, long conversationId) {}

    static final int CANDIDATES = 30;
    static final int MAX_QUERY_TERMS = 256;
    private static final String CONVERSATION = "conversation";
    private static final String REPLY = "reply";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private ReplyIndex(Directory directory) {
        this.directory = directory;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer());
            config.setSimilarity(new BM25Similarity());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, true, true, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(
                        org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(new BM25Similarity());
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index kept in memory (tests, benchmarks). */
    public static ReplyIndex inMemory() {
        return new ReplyIndex(new RAMDirectory());
    }

    /** An index kept in this directory, created when missing. */
    public static ReplyIndex at(Path path) {
        try {
            return new ReplyIndex(FSDirectory.open(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(TextAnalysis.Language language) {
        return "customer_" + language.code();
    }

    private static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (TextAnalysis.Language language : TextAnalysis.Language.values()) {
            perField.put(field(language), language.analyzer());
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    /** Replaces what the index holds of this conversation with these pairs (none: forgets it). */
    public void replace(long conversationId, List<ReplyPairs.Pair> pairs) {
        try {
            writer.deleteDocuments(new Term(CONVERSATION, Long.toString(conversationId)));
            for (ReplyPairs.Pair pair : pairs) {
                Document document = new Document();
                document.add(new StringField(CONVERSATION, Long.toString(conversationId), Field.Store.YES));
                document.add(new TextField(
                        field(TextAnalysis.guess(pair.customerText())), pair.customerText(), Field.Store.NO));
                document.add(new StoredField(REPLY, pair.reply()));
                writer.addDocument(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets everything (a rebuild starts so). */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was added durable and visible to searches. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was added visible to searches (durable at the next commit). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many customer message / reply pairs searches see. */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to {@code max} different replies agents sent to the customer messages most similar to this one (BM25 in
     * the message's language), best first; the same reply found twice counts once, at its best score.
     */
    public List<Suggestion> suggest(String customerMessage, int max) {
        TextAnalysis.Language language = TextAnalysis.guess(customerMessage);
        Set<String> terms = new LinkedHashSet<>(TextAnalysis.terms(customerMessage, language));
        if (terms.isEmpty() || max <= 0) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.stream()
                .limit(MAX_QUERY_TERMS)
                .forEach(term -> query.add(new TermQuery(new Term(field(language), term)), BooleanClause.Occur.SHOULD));
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Suggestion> found = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                for (ScoreDoc hit : searcher.search(query.build(), CANDIDATES).scoreDocs) {
                    Document document = searcher.doc(hit.doc);
                    String reply = document.get(REPLY);
                    if (seen.add(ExtractiveSummarizer.normalized(reply))) {
                        found.add(new Suggestion(reply, hit.score, Long.parseLong(document.get(CONVERSATION))));
                        if (found.size() == max) {
                            break;
                        }
                    }
                }
                return found;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
