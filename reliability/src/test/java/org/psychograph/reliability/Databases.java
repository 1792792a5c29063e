package org.psychograph.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of a service's own database, for what no API shows (duplicate rows, leftover locks). */
final class Databases {

    private Databases() {}

    /** The first column of the first row of a query with one parameter, as a long. */
    static long count(String database, String sql, Object parameter) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        ReliabilityStack.get().stack.jdbcUrl(database), database, database);
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }
}
