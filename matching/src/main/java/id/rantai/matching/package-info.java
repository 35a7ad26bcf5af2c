package id.rantai.matching;
