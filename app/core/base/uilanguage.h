#pragma once

#include <QString>

namespace fc {

// The interface language, as the installed translation says (not the system locale): data shown to people is
// given in it. Chinese when the Chinese translation is installed, English otherwise.
namespace UiLanguage {
bool isChinese();
// The text for the interface language: zh in Chinese; in English en, or zh when there is no English text.
QString pick(const QString &zh, const QString &en);
// Area names the application itself writes (全市 ...) in the interface language; other text as it is.
QString areaText(const QString &area);
} // namespace UiLanguage

} // namespace fc
