#pragma once

#include <QObject>
#include <memory>

namespace fc {

// The alarm tone. Plays through Qt Multimedia where it is built in and an audio device exists; otherwise
// available() is false and callers fall back to a visual alert (no error shown: command rooms without speakers work).
class AlarmSound : public QObject
{
    Q_OBJECT
public:
    explicit AlarmSound(QObject *parent = nullptr);
    ~AlarmSound() override;
    void play();
    bool available() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fc
