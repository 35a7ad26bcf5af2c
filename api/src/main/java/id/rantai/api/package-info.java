package id.rantai.api;
