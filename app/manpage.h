#pragma once

#include <QString>

// Helpers for the manual pages both programs write at build time (`floodcommand --man FILE`, `floodctl --man FILE`)
// from the same descriptions as their --help.
namespace fc::manpage {

// The .TH line and the preamble: "NAME 1" with the version in the footer.
QString header(const QString &program, const QString &version);
// Text escaped for troff: backslashes, the dashes of options (\-, hyphens inside words stay), a leading dot or
// quote on a line.
QString text(const QString &s);

} // namespace fc::manpage
