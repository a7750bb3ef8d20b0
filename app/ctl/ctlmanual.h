#pragma once

#include <QString>

// floodctl(1) and the bash completion, written at build time from the command registry (ctlregistry.h) by the hidden
// `floodctl --man FILE` and `floodctl --completion bash FILE`, so every command appears in both as soon as it is
// registered.
namespace fc::ctl {

QString manual();
QString bashCompletion();

// One command's options read from its synopsis and details: each "--name", with the word that follows it when it
// takes a value ("" for a flag), e.g. {"--layer", "KIND"}, {"--on-error", "abort|skip"}, {"--dry-run", ""}.
struct OptionSpec
{
    QString name;
    QString value;
};
QList<OptionSpec> optionsOf(const char *synopsis, const char *details);

} // namespace fc::ctl
