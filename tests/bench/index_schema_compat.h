// The index schema header under its name in either core layout (core/index/schema.h
// since the core was reorganised by job, core/index_schema.h before).
#pragma once
#if __has_include("index_schema.h")
#include "index_schema.h"
#else
#include "schema.h"
#endif
