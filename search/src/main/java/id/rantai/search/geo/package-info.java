/** Points and distances shared by the documents and queries of every index. */
package id.rantai.search.geo;
