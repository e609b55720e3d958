/**
 * Scheduled audits for one server or many on one database: each project's cron schedule becomes one
 * task per slot in db-scheduler's table, which exactly one server picks and runs.
 */
package dev.golive.schedule;
