package app.marquee.bootstrap.database;

/** Run in a child JVM by {@link EmbeddedDatabaseTest}: starts PostgreSQL, writes a row, then waits to be killed. */
public final class OrphanMaker {
    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        String url = new EmbeddedDatabase(args[0], false).start();
        EmbeddedDatabaseTest.execute(url, "CREATE TABLE marquee_probe (name text);"
                + " INSERT INTO marquee_probe VALUES ('before the crash')");
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
