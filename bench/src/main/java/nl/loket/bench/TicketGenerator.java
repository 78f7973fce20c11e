package nl.loket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a PostgreSQL database whose schema Loket's Flyway migrations made with a helpdesk's history
 * of tickets, straight in SQL ({@code generate_series}, one statement per table), not through the
 * app's services: a million tickets take a few minutes instead of hours.
 *
 * <p>What it makes, in the app's formats (V7 migration, {@code TicketNumber}, {@code TicketSecrets}):
 *
 * <ul>
 *   <li>24 support agents ({@code medewerker01…24@bench.loket.invalid}) and 50,000 customers
 *       ({@code klant00001…@klant.bench.invalid}) with an unusable password; the first agent gets a
 *       new random password on every run, written to a file only the owner can read, for the
 *       benchmark's sign-in. No password is ever fixed in the repository.
 *   <li>Tickets over five years, more of them recently (the rate doubles over the period), 60% from
 *       customers and 40% from guests, spread over the three departments by subject (hosting
 *       topics), priorities 3% urgent, 12% high, 70% normal, 15% low. The status follows the age:
 *       most tickets of the last day are new or open, older ones are closed (resolved tickets close
 *       by themselves after 7 days, so resolved ones are all from the last week), and about 2% of
 *       old tickets are still stuck in open, waiting or on hold. Non-new tickets are assigned to an
 *       agent (8% not).
 *   <li>Per ticket: the customer's first message, then for tickets staff have touched alternating
 *       answers of staff (8% of them internal notes) and follow-ups of the customer, 2.5 messages per
 *       ticket on average; mails read as replies carry an inbound message id. The history's first
 *       line and the last status change, and an access key (its SHA-256 only, as the app stores it).
 *   <li>A service level per ticket (V21): guests and 80% of customers Best Effort, 15% Zakelijk, 5%
 *       Premium 24x7 (by customer, so a customer's tickets share one), and for tickets whose clocks
 *       run (new and open; waiting and on hold ones are paused) the earliest due and warning time
 *       ({@code sla_due_at}, {@code sla_warn_at}) that the queue sorts and filters by: new tickets
 *       the first response from their opening, open ones the next response from their last change
 *       or the resolution from their opening, whichever comes first. Business-hour targets are
 *       approximated in calendar time (see {@code bench_level}); the old tickets stuck open are long
 *       past due, as they would be. The clock rows ({@code ticket_service_clock}) are not made: the
 *       queue does not read them.
 * </ul>
 *
 * Ticket numbers are {@code dddd-dddd}, a permutation of the row number (so unique without a
 * lookup), reply tokens 20 characters of {@code [a-z2-7]} from random bytes. The ticket tables'
 * secondary indexes are dropped for the load and built again after it (a sorted build is far faster
 * than a million random inserts in each), then the tables are analysed. Run it again on a database
 * that has fewer tickets than asked for and it adds the missing ones; with enough, it only renews
 * the agent's password.
 *
 * <p>{@code TicketGenerator JDBC_URL TICKETS PASSWORD_FILE}; user {@code postgres} (or
 * {@code -Dloket.bench.db-user}), no password (trust on 127.0.0.1).
 */
public final class TicketGenerator {

    static final String AGENT_EMAIL = "medewerker01@bench.loket.invalid";
    static final int AGENTS = 24;
    static final int CUSTOMERS = 50_000;
    static final double YEARS = 5;

    private static final List<String> TICKET_TABLES =
            List.of("ticket", "ticket_message", "ticket_history", "ticket_access_key");

    static final List<String> FIRST_NAMES = List.of(
            "Jan",
            "Sanne",
            "Pieter",
            "Fatima",
            "Mohammed",
            "Lotte",
            "Daan",
            "Emma",
            "Bram",
            "Noor",
            "Thijs",
            "Julia",
            "Sem",
            "Anouk",
            "Kevin",
            "Iris",
            "Ahmed",
            "Sophie",
            "Ruben",
            "Fleur",
            "Henk",
            "Ingrid",
            "Youssef",
            "Marloes",
            "Kees",
            "Annemarie",
            "Joris",
            "Esther",
            "Mehmet",
            "Lisa",
            "Wouter",
            "Priya",
            "Gerrit",
            "Charlotte",
            "Tim",
            "Eva",
            "Stefan",
            "Maartje",
            "Bas",
            "Yasmina");

    static final List<String> LAST_NAMES = List.of(
            "de Vries",
            "Jansen",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "de Groot",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "van Dijk",
            "Yilmaz",
            "van den Berg",
            "Dekker",
            "Brouwer",
            "de Wit",
            "Dijkstra",
            "Smits",
            "de Graaf",
            "van der Meer",
            "Kok",
            "Jacobs",
            "Haddou",
            "van Leeuwen",
            "Vermeulen",
            "Postma",
            "El Amrani",
            "Kuipers",
            "Veenstra",
            "Kramer",
            "van der Linden",
            "Prins",
            "Huisman",
            "Schouten");

    static final List<String> MAIL_DOMAINS = List.of(
            "ziggo.nl",
            "kpnmail.nl",
            "gmail.com",
            "outlook.com",
            "hotmail.nl",
            "xs4all.nl",
            "planet.nl",
            "live.nl",
            "icloud.com",
            "bakkerij-devries.nl",
            "webdesign-jansen.nl",
            "autobedrijf-bos.nl",
            "kapsalon-noor.nl");

    private TicketGenerator() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("Usage: TicketGenerator JDBC_URL TICKETS PASSWORD_FILE [RESULTS_FILE]");
            System.exit(2);
        }
        var properties = new Properties();
        properties.setProperty("user", System.getProperty("loket.bench.db-user", "postgres"));
        var wanted = Integer.parseInt(args[1]);
        try (var db = DriverManager.getConnection(args[0], properties)) {
            requireSchema(db);
            var started = System.nanoTime();
            staffAndCustomers(db, Path.of(args[2]));
            var existing = count(db, "select count(*) from ticket");
            var missing = wanted - existing;
            String generated;
            if (missing <= 0) {
                System.out.printf("[bench] the database has %,d tickets already; none generated%n", existing);
                generated = "kept from an earlier run";
            } else {
                System.out.printf("[bench] generating %,d tickets (the database had %,d)%n", missing, existing);
                generate(db, missing);
                var seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(
                        "[bench] generated %,d tickets in %.0f s; the database now has %,d tickets and %,d messages%n",
                        missing,
                        seconds,
                        count(db, "select count(*) from ticket"),
                        count(db, "select count(*) from ticket_message"));
                generated = String.format(java.util.Locale.ROOT, "%,d generated in %.0f s", missing, seconds);
            }
            if (args.length > 3) {
                Files.writeString(
                        Path.of(args[3]),
                        "tickets.generated=" + generated + "\n",
                        java.nio.file.StandardOpenOption.APPEND,
                        java.nio.file.StandardOpenOption.CREATE);
            }
        }
    }

    private static void requireSchema(Connection db) throws SQLException {
        if (count(db, "select count(*) from information_schema.tables where table_name = 'ticket'") == 0) {
            throw new IllegalStateException("No ticket table: start Loket on this database first (Flyway makes it)");
        }
    }

    /** The agents, the customers, and a new password for the agent the benchmark signs in as. */
    private static void staffAndCustomers(Connection db, Path passwordFile) throws SQLException, IOException {
        var encoder = new BCryptPasswordEncoder();
        var random = new SecureRandom();
        // Nobody knows this password: it is thrown away once hashed.
        var unusable = "{bcrypt}" + encoder.encode(password(random));
        var accountColumns = "insert into account (email, display_name, password_hash, created_at, preferred_language,"
                + " status, email_confirmed_at, password_reset_required, password_changed_at)";
        execute(
                db,
                accountColumns
                        + " select 'medewerker' || lpad(i::text, 2, '0') || '@bench.loket.invalid',"
                        + " (?::text[])[1 + i % " + FIRST_NAMES.size() + "] || ' ' || (?::text[])[1 + (i * 7) % "
                        + LAST_NAMES.size() + "], ?, now(), 'nl', 'ACTIVE',"
                        + " now(), false, now() from generate_series(1, " + AGENTS + ") i on conflict do nothing",
                textArray(db, FIRST_NAMES),
                textArray(db, LAST_NAMES),
                unusable);
        execute(
                db,
                accountColumns
                        + " select 'klant' || lpad(i::text, 5, '0') || '@klant.bench.invalid',"
                        + " (?::text[])[1 + (i * 13) % " + FIRST_NAMES.size()
                        + "] || ' ' || (?::text[])[1 + (i * 31) % " + LAST_NAMES.size() + "], ?,"
                        + " now() - interval '6 years' * random(), case when random() < 0.1 then 'en' else 'nl' end,"
                        + " 'ACTIVE', now(), false, now() from generate_series(1, " + CUSTOMERS + ") i"
                        + " on conflict do nothing",
                textArray(db, FIRST_NAMES),
                textArray(db, LAST_NAMES),
                unusable);
        execute(
                db,
                "insert into account_role (account_id, role) select id, 'SUPPORT_AGENT' from account"
                        + " where email like 'medewerker%@bench.loket.invalid' on conflict do nothing");
        execute(
                db,
                "insert into account_role (account_id, role) select id, 'CUSTOMER' from account"
                        + " where email like 'klant%@klant.bench.invalid' on conflict do nothing");
        var password = password(random);
        execute(
                db,
                "update account set password_hash = ?, status = 'ACTIVE', password_reset_required = false"
                        + " where email = ?",
                "{bcrypt}" + encoder.encode(password),
                AGENT_EMAIL);
        Files.deleteIfExists(passwordFile);
        Files.createFile(
                passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, AGENT_EMAIL + "\n" + password + "\n");
    }

    private static void generate(Connection db, long missing) throws SQLException {
        db.setAutoCommit(false);
        execute(db, "set local synchronous_commit = off");
        execute(db, "set local maintenance_work_mem = '512MB'");
        execute(db, "set local work_mem = '64MB'");
        execute(db, "set local jit = off");
        // The planner cannot estimate joins on computed keys and picks nested loops over the whole
        // row set; hash joins against the small lookup tables are what these statements need.
        execute(db, "set local enable_nestloop = off");
        // The rows are made consistent here; skipping the foreign-key triggers halves the load.
        execute(db, "set local session_replication_role = replica");
        var before = count(db, "select coalesce(max(id), 0) from ticket");
        lookups(db);
        var indexes = dropSecondaryIndexes(db);

        timed("tickets", () -> execute(db, TICKETS, before, before, missing));
        timed("messages", () -> execute(db, MESSAGES, before));
        timed("history", () -> execute(db, HISTORY, before, before));
        timed("access keys", () -> execute(db, ACCESS_KEYS, before));
        timed("indexes", () -> {
            for (var index : indexes) {
                execute(db, index);
            }
        });
        db.commit();
        db.setAutoCommit(true);
        timed("analyze", () -> {
            for (var table : TICKET_TABLES) {
                execute(db, "analyze " + table);
            }
            execute(db, "analyze account");
            execute(db, "analyze account_role");
        });
    }

    /** Subjects, customers, agents and texts as numbered temporary tables, to be drawn from by index. */
    private static void lookups(Connection db) throws SQLException {
        // A uniform number in [0, 1) from a key and a salt: the same row always gets the same values
        // (a fixed seed, as the corpus has), and unlike random() the planner may evaluate it as often
        // as it likes without changing the result.
        execute(
                db,
                "create function pg_temp.u(k bigint, salt int) returns float8 language sql immutable parallel safe"
                        + " as 'select ((hashint8extended(k, salt) >> 11) & 9007199254740991)::float8"
                        + " / 9007199254740992'");
        var subjects = TicketTexts.subjects();
        execute(
                db,
                "create temporary table bench_subject on commit drop as"
                        + " select s.idx::int, d.id as department_id, s.text from unnest(?::text[], ?::text[])"
                        + " with ordinality as s(code, text, idx) join ticket_department d on d.code = s.code",
                textArray(
                        db,
                        subjects.stream().map(TicketTexts.Subject::department).toList()),
                textArray(db, subjects.stream().map(TicketTexts.Subject::text).toList()));
        execute(
                db,
                "create temporary table bench_customer on commit drop as select row_number() over (order by a.id)::int"
                        + " as idx, a.id, a.email, a.display_name as name, a.preferred_language as language"
                        + " from account a where a.email like 'klant%@klant.bench.invalid'");
        execute(
                db,
                "create temporary table bench_agent on commit drop as select row_number() over (order by a.id)::int"
                        + " as idx, a.id, a.display_name as name from account a"
                        + " where a.email like 'medewerker%@bench.loket.invalid'");
        for (var table : Map.of(
                        "bench_first_message",
                        TicketTexts.firstMessages(),
                        "bench_reply",
                        TicketTexts.replies(),
                        "bench_follow_up",
                        TicketTexts.FOLLOW_UPS,
                        "bench_note",
                        TicketTexts.NOTES,
                        "bench_first_name",
                        FIRST_NAMES,
                        "bench_last_name",
                        LAST_NAMES,
                        "bench_mail_domain",
                        MAIL_DOMAINS)
                .entrySet()) {
            execute(
                    db,
                    "create temporary table " + table.getKey() + " on commit drop as"
                            + " select idx::int, text from unnest(?::text[]) with ordinality as t(text, idx)",
                    textArray(db, table.getValue()));
        }
        for (var table : List.of(
                "bench_subject",
                "bench_customer",
                "bench_agent",
                "bench_first_message",
                "bench_reply",
                "bench_follow_up",
                "bench_note",
                "bench_first_name",
                "bench_last_name",
                "bench_mail_domain")) {
            execute(db, "create unique index on " + table + " (idx)");
            execute(db, "analyze " + table);
        }
        execute(db, "create unique index on bench_agent (id)");
        // The shipped levels' targets (V11) in calendar time: a business hour counted as the share of
        // a week it is (40 working hours in 168), so 8 business hours are about a day and a half.
        execute(
                db,
                """
                create temporary table bench_level on commit drop as
                select v.idx, l.id, v.first_response, v.next_response, v.resolution
                from (values
                    (1, 'Best Effort', interval '33.6 hours', null::interval, null::interval),
                    (2, 'Zakelijk', interval '16.8 hours', interval '33.6 hours', interval '100.8 hours'),
                    (3, 'Premium 24x7', interval '1 hour', interval '4 hours', interval '24 hours')
                ) as v(idx, name, first_response, next_response, resolution)
                join service_level l on l.name = v.name
                """);
        if (count(db, "select count(*) from bench_level") != 3) {
            throw new IllegalStateException("The shipped service levels (V11) are missing or renamed");
        }
        execute(db, "create unique index on bench_level (idx)");
    }

    /**
     * Drops the indexes of the ticket tables that back no constraint and returns the statements
     * that make them again (the unique constraints stay: they also check the generated values).
     */
    private static List<String> dropSecondaryIndexes(Connection db) throws SQLException {
        var definitions = new ArrayList<String>();
        var names = new ArrayList<String>();
        try (var query = db.prepareStatement("select i.indexname, i.indexdef from pg_indexes i"
                + " where i.schemaname = current_schema() and i.tablename = any (?)"
                + " and not exists (select 1 from pg_constraint c where c.conname = i.indexname)")) {
            query.setArray(1, textArray(db, TICKET_TABLES));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    definitions.add(rows.getString(2));
                }
            }
        }
        for (var name : names) {
            execute(db, "drop index " + name);
        }
        return definitions;
    }

    // Ages: the ticket rate doubles over the years, so age = T * (1 - sqrt(1 - u)) for uniform u.
    private static final String TICKETS =
            """
            insert into ticket (number, department_id, subject, status, priority, customer_id, requester_email,
                requester_name, requester_language, reply_token, assignee_id, created_at, updated_at, resolved_at,
                closed_at, version, service_level_id, sla_due_at, sla_warn_at)
            select x.number, s.department_id, s.text, x.status, x.priority, c.id,
                coalesce(c.email, lower(replace(f.text || '.' || l.text, ' ', '')) || (x.i %% 997) || '@' || m.text),
                coalesce(c.name, f.text || ' ' || l.text), coalesce(c.language, x.guest_language), x.reply_token,
                case when x.status = 'NEW' or x.unassigned then null else a.id end,
                x.created_at,
                case x.status when 'NEW' then x.created_at when 'RESOLVED' then x.resolved_at
                    when 'CLOSED' then x.closed_at else x.last_change end,
                x.resolved_at, x.closed_at,
                case when x.status = 'NEW' then 0 else 1 + floor(x.r_update * 5)::int end,
                lv.id,
                -- The earliest due time of the running clocks, and its warning at three quarters of the target.
                case x.status when 'NEW' then x.created_at + lv.first_response
                    when 'OPEN' then least(x.last_change + lv.next_response, x.created_at + lv.resolution) end,
                case x.status when 'NEW' then x.created_at + lv.first_response * 0.75
                    when 'OPEN' then least(x.last_change + lv.next_response * 0.75,
                        x.created_at + lv.resolution * 0.75) end
            from (
                select w.*, w.created_at + (now() - w.created_at) * w.r_update as last_change
                from (
                select y.*,
                    case when y.status = 'RESOLVED' then y.created_at + (now() - y.created_at) * (0.3 + 0.7 * y.r_resolve)
                         when y.status = 'CLOSED' then y.created_at
                             + make_interval(secs => 86400 * least(y.age_days * 0.5, 0.05 + 9.95 * y.r_resolve ^ 3))
                    end as resolved_at,
                    case when y.status = 'CLOSED' then least(now(), y.created_at
                        + make_interval(secs => 86400 * (least(y.age_days * 0.5, 0.05 + 9.95 * y.r_resolve ^ 3) + 7)))
                    end as closed_at
                from (
                    select z.*,
                        case
                            when z.age_days < 1 then case when z.r_status < 0.55 then 'NEW' when z.r_status < 0.85 then 'OPEN'
                                when z.r_status < 0.95 then 'WAITING_FOR_CUSTOMER' else 'ON_HOLD' end
                            when z.age_days < 7 then case when z.r_status < 0.05 then 'NEW' when z.r_status < 0.30 then 'OPEN'
                                when z.r_status < 0.55 then 'WAITING_FOR_CUSTOMER' when z.r_status < 0.60 then 'ON_HOLD'
                                else 'RESOLVED' end
                            when z.age_days < 30 then case when z.r_status < 0.05 then 'OPEN'
                                when z.r_status < 0.10 then 'WAITING_FOR_CUSTOMER' when z.r_status < 0.13 then 'ON_HOLD'
                                else 'CLOSED' end
                            else case when z.r_status < 0.005 then 'OPEN' when z.r_status < 0.012 then 'WAITING_FOR_CUSTOMER'
                                when z.r_status < 0.02 then 'ON_HOLD' else 'CLOSED' end
                        end as status,
                        case when z.r_priority < 0.03 then 1 when z.r_priority < 0.15 then 2
                             when z.r_priority < 0.85 then 3 else 4 end as priority,
                        case when z.customer_idx is null or pg_temp.u(z.customer_idx, 15) < 0.80 then 1
                             when pg_temp.u(z.customer_idx, 15) < 0.95 then 2 else 3 end as level_idx
                    from (
                        select g.i, g.created_at, extract(epoch from now() - g.created_at) / 86400 as age_days,
                            g.r_status, g.r_priority, g.r_update, g.r_resolve, g.subject_idx, g.customer_idx,
                            g.agent_idx, g.unassigned, g.first_idx, g.last_idx, g.domain_idx, g.guest_language,
                            g.number, g.reply_token
                        from (
                            select i,
                                now() - make_interval(secs => 86400 * 365.25 * %s * (1 - sqrt(1 - pg_temp.u(i, 1)))) as created_at,
                                pg_temp.u(i, 2) as r_status, pg_temp.u(i, 3) as r_priority, pg_temp.u(i, 4) as r_update,
                                pg_temp.u(i, 5) as r_resolve,
                                1 + floor(pg_temp.u(i, 6) * (select count(*) from bench_subject))::int as subject_idx,
                                case when pg_temp.u(i, 7) < 0.6
                                    then 1 + floor(pg_temp.u(i, 8) * (select count(*) from bench_customer))::int end as customer_idx,
                                1 + floor(pg_temp.u(i, 9) * (select count(*) from bench_agent))::int as agent_idx,
                                pg_temp.u(i, 10) < 0.08 as unassigned,
                                1 + floor(pg_temp.u(i, 11) * (select count(*) from bench_first_name))::int as first_idx,
                                1 + floor(pg_temp.u(i, 12) * (select count(*) from bench_last_name))::int as last_idx,
                                1 + floor(pg_temp.u(i, 13) * (select count(*) from bench_mail_domain))::int as domain_idx,
                                case when pg_temp.u(i, 14) < 0.08 then 'en' else 'nl' end as guest_language,
                                lpad(((i * 73939133) %% 100000000 / 10000)::text, 4, '0') || '-'
                                    || lpad(((i * 73939133) %% 10000)::text, 4, '0') as number,
                                translate(substr(encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'base64'), 1, 20),
                                    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
                                    'abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwxyz234567') as reply_token
                            from generate_series(?::bigint + 1, ?::bigint + ?) i
                        ) g
                    ) z
                ) y
            ) w
            ) x
            join bench_subject s on s.idx = x.subject_idx
            join bench_level lv on lv.idx = x.level_idx
            left join bench_customer c on c.idx = x.customer_idx
            join bench_agent a on a.idx = x.agent_idx
            join bench_first_name f on f.idx = x.first_idx
            join bench_last_name l on l.idx = x.last_idx
            join bench_mail_domain m on m.idx = x.domain_idx
            order by x.created_at
            on conflict do nothing
            """
                    .formatted(YEARS);

    // Message 0 is the customer's question; then staff (odd) and customer (even) take turns.
    private static final String MESSAGES =
            """
            insert into ticket_message (ticket_id, author_kind, author_name, staff_id, internal, source, body,
                inbound_message_id, created_at)
            select w.id, w.author_kind,
                case when w.author_kind = 'STAFF' then coalesce(a1.name, a2.name) else w.requester_name end,
                case when w.author_kind = 'STAFF' then coalesce(a1.id, a2.id) end,
                w.internal, w.source,
                case when w.j = 0 then fm.text || w.requester_name
                     when w.internal then n.text
                     when w.author_kind = 'STAFF' then 'Beste ' || split_part(w.requester_name, ' ', 1) || E',\\n\\n' || r.text
                     else fu.text end,
                case when w.source = 'EMAIL' and w.author_kind = 'CUSTOMER'
                    then '<bench.' || w.id || '.' || w.j || '@mail.bench.invalid>' end,
                w.created_at + (w.updated_at - w.created_at) * (w.j::float8 / greatest(w.k, 1))
            from (
                select v.*,
                    case when v.author_kind = 'CUSTOMER' and v.j = 0 then
                            case when v.r_source < 0.70 then 'WEB' when v.r_source < 0.97 then 'EMAIL' else 'API' end
                         when v.author_kind = 'CUSTOMER' then case when v.r_source < 0.7 then 'EMAIL' else 'WEB' end
                         else 'WEB' end as source,
                    v.author_kind = 'STAFF' and v.r_note < 0.08 as internal
                from (
                    select t.id, t.requester_name, t.assignee_id, t.created_at, t.updated_at, kk.k, j,
                        case when j % 2 = 1 then 'STAFF' else 'CUSTOMER' end as author_kind,
                        pg_temp.u(t.id * 16 + j, 21) as r_source, pg_temp.u(t.id * 16 + j, 22) as r_note,
                        1 + floor(pg_temp.u(t.id * 16 + j, 23) * (select count(*) from bench_first_message))::int as first_idx,
                        1 + floor(pg_temp.u(t.id * 16 + j, 24) * (select count(*) from bench_reply))::int as reply_idx,
                        1 + floor(pg_temp.u(t.id * 16 + j, 25) * (select count(*) from bench_follow_up))::int as follow_idx,
                        1 + floor(pg_temp.u(t.id * 16 + j, 26) * (select count(*) from bench_note))::int as note_idx,
                        1 + (t.id % (select count(*) from bench_agent))::int as fallback_idx
                    from ticket t
                    cross join lateral (
                        select case when t.status = 'NEW' then (pg_temp.u(t.id, 20) < 0.1)::int
                                    else least(12, 1 + floor(-ln(1 - pg_temp.u(t.id, 20)) * 0.9)::int) end as k
                    ) kk
                    cross join lateral generate_series(0, kk.k) j
                    where t.id > ?
                ) v
            ) w
            join bench_first_message fm on fm.idx = w.first_idx
            join bench_reply r on r.idx = w.reply_idx
            join bench_follow_up fu on fu.idx = w.follow_idx
            join bench_note n on n.idx = w.note_idx
            left join bench_agent a1 on a1.id = w.assignee_id
            join bench_agent a2 on a2.idx = w.fallback_idx
            """;

    private static final String HISTORY =
            """
            insert into ticket_history (ticket_id, occurred_at, actor_kind, actor_id, actor_name, change_kind,
                old_value, new_value)
            select t.id, t.created_at, 'CUSTOMER', t.customer_id, t.requester_name, 'OPENED', null, 'NEW'
            from ticket t where t.id > ?
            union all
            select t.id, t.updated_at, case when t.status = 'CLOSED' then 'SYSTEM' else 'STAFF' end,
                case when t.status = 'CLOSED' then null else t.assignee_id end,
                case when t.status = 'CLOSED' then 'Loket' else coalesce(a.name, 'Loket') end,
                'STATUS', 'NEW', t.status
            from ticket t left join bench_agent a on a.id = t.assignee_id
            where t.id > ? and t.status <> 'NEW'
            """;

    private static final String ACCESS_KEYS =
            """
            insert into ticket_access_key (ticket_id, key_hash, created_at)
            select t.id, encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'), t.created_at
            from ticket t where t.id > ?
            """;

    private interface Step {
        void run() throws SQLException;
    }

    private static void timed(String what, Step step) throws SQLException {
        var started = System.nanoTime();
        step.run();
        System.out.printf("[bench]   %-12s %6.1f s%n", what, (System.nanoTime() - started) / 1e9);
    }

    private static void execute(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.execute();
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static java.sql.Array textArray(Connection db, List<String> values) throws SQLException {
        return db.createArrayOf("text", values.toArray());
    }

    private static String password(SecureRandom random) {
        var alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
