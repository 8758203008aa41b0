package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.jackrabbit.core.config.ClusterConfig;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.apache.jackrabbit.core.config.RepositoryConfigurationParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * The PostgreSQL repository configuration as Jackrabbit itself parses it: a single node has no
 * cluster, a cluster node has its own id. (Jackrabbit opens the journal's database as soon as it is
 * asked for it, so the journal itself is proven by ClusterIT, which runs two such nodes for real.)
 */
class ClusterConfigTest {
  @TempDir Path home;

  @Test
  void aSingleNodeHasNoCluster() throws Exception {
    assertThat(parse(false).getClusterConfig()).isNull();
  }

  @Test
  void aClusterNodeHasItsOwnIdAndPollsTheJournalTwiceASecond() throws Exception {
    ClusterConfig cluster = parse(true).getClusterConfig();
    assertThat(cluster.getId()).isEqualTo("node-a");
    assertThat(cluster.getSyncDelay()).isEqualTo(500);
  }

  private RepositoryConfig parse(boolean clustered) throws Exception {
    Properties variables = new Properties();
    variables.setProperty(RepositoryConfigurationParser.REPOSITORY_HOME_VARIABLE, home.toString());
    variables.setProperty("selvhjelp.jdbc.url", "jdbc:postgresql://db/selvhjelp");
    variables.setProperty("selvhjelp.jdbc.user", "finder");
    variables.setProperty("selvhjelp.jdbc.password", "");
    variables.setProperty("selvhjelp.cluster.id", "node-a");
    return RepositoryConfig.create(
        new InputSource(new StringReader(EmbeddedJackrabbit.postgresConfig(clustered))), variables);
  }
}
