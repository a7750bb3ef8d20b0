#pragma once

#include <QString>

// The value rules of floodctl's options, in one place: every command's argument parsing asks here, so an id, a
// count, a depth or a list of needs is checked the same way wherever the option appears.
namespace fc::ctl {

// True when `value` is acceptable for `option` (options without a rule accept any value); otherwise false with
// a message naming the option, the value and what is expected.
bool checkOption(const QString &option, const QString &value, QString *error);

} // namespace fc::ctl
