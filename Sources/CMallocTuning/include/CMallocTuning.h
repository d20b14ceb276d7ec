#ifndef CMALLOCTUNING_H
#define CMALLOCTUNING_H

/// Caps the number of glibc malloc arenas (M_ARENA_MAX); does nothing on other C libraries.
void triage_limit_malloc_arenas(int count);

#endif
