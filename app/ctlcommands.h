#pragma once

#include <QStringList>

// floodctl sub-commands. Each takes the arguments after its name and returns the process exit code.
namespace fc::ctl {

int render(const QStringList &args);

// -- operation store commands --
// -- end operation store commands --

} // namespace fc::ctl
