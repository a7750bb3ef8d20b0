#pragma once

#include <QStringList>

#include <vector>

// Every floodctl command, described once: the usage printed by `floodctl --help` and `floodctl COMMAND --help`, and
// the manual page, are all written from this list, so they cannot drift apart.
namespace fc::ctl {

struct CommandSpec
{
    const char *name;
    const char *group;    // heading in the usage and the manual ("Operation store", "Warnings" ...)
    const char *synopsis; // arguments after the command's name, as in "DB --kind KIND (--level COLOUR | --lift)"
    const char *summary;  // one line: what it does (and its exit status where it matters)
    const char *details;  // further lines for COMMAND --help and the manual (options one per line), may be ""
    int (*run)(const QStringList &args);
};

const std::vector<CommandSpec> &commands();
const CommandSpec *command(const QString &name);
// `floodctl COMMAND --help`: the command's usage on stdout.
void printCommandHelp(const CommandSpec &c);
// `floodctl --help`: every command, grouped.
void printUsage(bool toStderr);

} // namespace fc::ctl
