package id.rantai.search;
