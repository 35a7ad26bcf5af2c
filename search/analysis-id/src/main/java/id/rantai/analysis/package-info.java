package id.rantai.analysis;
