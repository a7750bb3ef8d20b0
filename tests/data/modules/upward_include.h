// A file of module "base" that includes a module above it: the direction check must name it.
#include "app/core/base/clock.h"
#include "app/core/live/alarmservice.h"
