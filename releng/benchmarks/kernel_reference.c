/*
 * Blocked C reference of Spikeflow's euler population kernel for releng/benchmarks/kernel-vs-c.sh (issue 14).
 * Same expression order as the Java kernels, no FMA (-ffp-contract=off), 64-byte aligned arrays, blocks of 400
 * neurons with the time loop inside the block; float runs round the parameters once and compute u0 = b*v0 in float.
 * Usage: kernel_reference PARAMS.csv double|float [duration_ms] [dt_ms]
 *   PARAMS.csv: header "a,b,c,d,I", one neuron per row.  Prints: seconds=<integration time> spikes_total=<n>
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BLOCK 400

static void *aligned(size_t bytes) {
    void *p = aligned_alloc(64, (bytes + 63) / 64 * 64);
    if (!p) { fprintf(stderr, "out of memory\n"); exit(1); }
    return p;
}

#define KERNEL(T, K2, K1, K0, VP, V0)                                                                  \
    static long run_##T(int n, const T *restrict a, const T *restrict b, const T *restrict c,           \
                        const T *restrict d, const T *restrict I, T *restrict v, T *restrict u,      \
                        int *restrict cnt, long steps, T dt) {                                         \
        for (int i = 0; i < n; i++) { v[i] = V0; u[i] = b[i] * v[i]; cnt[i] = 0; }                     \
        for (int off = 0; off < n; off += BLOCK) {                                                     \
            int end = off + BLOCK < n ? off + BLOCK : n;                                               \
            for (long k = 0; k < steps; k++) {                                                         \
                for (int j = off; j < end; j++) {                                                      \
                    T vj = v[j], uj = u[j];                                                            \
                    T dv = K2 * vj * vj + K1 * vj + K0 - uj + I[j];                                    \
                    T du = a[j] * (b[j] * vj - uj);                                                    \
                    vj = vj + dt * dv;                                                                 \
                    uj = uj + dt * du;                                                                 \
                    int s = vj >= VP;                                                                  \
                    v[j] = s ? c[j] : vj;                                                              \
                    u[j] = s ? uj + d[j] : uj;                                                         \
                    cnt[j] += s;                                                                       \
                }                                                                                      \
            }                                                                                          \
        }                                                                                              \
        long total = 0;                                                                                \
        for (int i = 0; i < n; i++) total += cnt[i];                                                   \
        return total;                                                                                  \
    }

KERNEL(double, 0.04, 5.0, 140.0, 30.0, -65.0)
KERNEL(float, 0.04f, 5.0f, 140.0f, 30.0f, -65.0f)

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s PARAMS.csv double|float [duration_ms] [dt_ms]\n", argv[0]); return 2; }
    int isFloat = strcmp(argv[2], "float") == 0;
    double duration = argc > 3 ? atof(argv[3]) : 1000, dtd = argc > 4 ? atof(argv[4]) : 0.1;
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 2; }
    char line[512];
    if (!fgets(line, sizeof line, f) || strncmp(line, "a,b,c,d,I", 9) != 0) {
        fprintf(stderr, "%s: header must be a,b,c,d,I\n", argv[1]);
        return 2;
    }
    int cap = 1 << 16, n = 0;
    double *p = malloc(sizeof(double) * 5 * cap);
    while (fgets(line, sizeof line, f)) {
        if (n == cap) { cap *= 2; p = realloc(p, sizeof(double) * 5 * cap); }
        double *r = p + 5 * n;
        if (sscanf(line, "%lf,%lf,%lf,%lf,%lf", r, r + 1, r + 2, r + 3, r + 4) != 5) continue;
        n++;
    }
    fclose(f);
    long steps = (long) (duration / dtd + 0.5);
    int *cnt = aligned(sizeof(int) * n);
    struct timespec t0, t1;
    long total;
    if (isFloat) {
        float *x[7];
        for (int k = 0; k < 7; k++) x[k] = aligned(sizeof(float) * n);
        for (int i = 0; i < n; i++) for (int k = 0; k < 5; k++) x[k][i] = (float) p[5 * i + k];
        clock_gettime(CLOCK_MONOTONIC, &t0);
        total = run_float(n, x[0], x[1], x[2], x[3], x[4], x[5], x[6], cnt, steps, (float) dtd);
        clock_gettime(CLOCK_MONOTONIC, &t1);
    } else {
        double *x[7];
        for (int k = 0; k < 7; k++) x[k] = aligned(sizeof(double) * n);
        for (int i = 0; i < n; i++) for (int k = 0; k < 5; k++) x[k][i] = p[5 * i + k];
        clock_gettime(CLOCK_MONOTONIC, &t0);
        total = run_double(n, x[0], x[1], x[2], x[3], x[4], x[5], x[6], cnt, steps, dtd);
        clock_gettime(CLOCK_MONOTONIC, &t1);
    }
    printf("seconds=%.6f spikes_total=%ld\n", (t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec), total);
    return 0;
}
