-- Staff are found by their roles (every desk page names colleagues): with many customer accounts a
-- scan of account_role for "any role but customer" reads every customer's row; this index lets the
-- lookup read the few staff rows only.
create index account_role_by_role_idx on account_role (role, account_id);
