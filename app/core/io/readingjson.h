#pragma once

#include "app/core/io/readingcsv.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace fc {

// Readings as JSON, as the city platform's adapters post them: [{"sensor": "S-TIDE-01", "time":
// "2024-09-16T10:00:00+08:00", "value": 5.21, "quality": "good"}, ...] or {"readings": [...]}. Sensors by id or code
// (`lookup`); times as ReadingCsv::parseTime reads them; a reading with an unknown sensor, a bad time or a value that
// is not a finite number is rejected with its index (1-based) and the reason, the others kept. A body that is not
// JSON, or not of that shape, fails as a whole (Result::ok false, error naming the offset).
namespace ReadingJson {
ReadingCsv::Result parse(const QByteArray &body, const QHash<QString, qint32> &lookup, int maxRejectsListed = 100);
}

} // namespace fc
