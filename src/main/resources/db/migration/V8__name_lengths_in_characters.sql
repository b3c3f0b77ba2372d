-- Display and class names are limited to 80 and 100 characters counted as code points (an emoji is one); H2 counts
-- a column's length in UTF-16 units, so the columns leave room for two units per character. PostgreSQL counts
-- code points already; the services enforce the limits.
alter table app_user alter column display_name set data type varchar(160);
alter table school_class alter column name set data type varchar(200);
