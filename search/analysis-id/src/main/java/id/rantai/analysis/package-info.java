/**
 * An Elasticsearch stable analysis plugin for Bahasa Indonesia: stemming, ASCII folding, stop words,
 * search-time synonyms and edge n-grams, as token filters named {@code id_*} and one ready-made
 * analyzer, {@code id_indonesian}. The minimal Elasticsearch distribution lacks the
 * {@code analysis-common} module, so everything here is built on Lucene directly.
 */
package id.rantai.analysis;
