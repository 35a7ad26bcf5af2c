/**
 * Demo and synthetic data: {@link id.rantai.api.demo.DemoDataset} loads the realistic demo set the
 * product starts with (BUMN, cooperatives and their MSMEs, the 18 shared production houses, tenders in
 * every status, demo logins); {@link id.rantai.api.demo.SyntheticDataset} adds a large generated
 * supply side for load tests. Plain JDBC on a {@link javax.sql.DataSource}, no framework.
 */
package id.rantai.api.demo;
