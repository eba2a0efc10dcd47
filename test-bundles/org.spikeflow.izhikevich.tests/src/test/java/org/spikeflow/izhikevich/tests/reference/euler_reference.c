/*
 * Independent reference for Spikeflow's `euler` scheme (double and float), used by EulerReferenceTest.
 * Build and run (x86-64, SSE arithmetic, no contraction to FMA):
 *   gcc -O2 -ffp-contract=off -o euler_reference euler_reference.c && ./euler_reference > euler_reference.txt
 * Output, one record per line, numbers as C99 hex floats (%a), parsed exactly by Double.parseDouble:
 *   case <name> <precision> a b c d I dt steps
 *   s <k> <v> <u>        state after step k (k+1 = 1..steps), every 10th step and every spike step
 *   spike <k>            a spike in step k (at t = (k+1)*dt)
 *   end <v> <u> <spikes> final state and spike count
 */
#include <stdio.h>

static void run_double(const char *name, double a, double b, double c, double d, double I, double dt, int steps) {
    double v = -65.0, u = b * -65.0;
    int spikes = 0;
    printf("case %s double %a %a %a %a %a %a %d\n", name, a, b, c, d, I, dt, steps);
    for (int k = 0; k < steps; k++) {
        double dv = 0.04 * v * v + 5 * v + 140 - u + I;
        double du = a * (b * v - u);
        v = v + dt * dv;
        u = u + dt * du;
        int spike = v >= 30;
        if (spike) {
            v = c;
            u = u + d;
            spikes++;
            printf("spike %d\n", k);
        }
        if (spike || k % 10 == 9) {
            printf("s %d %a %a\n", k, v, u);
        }
    }
    printf("end %a %a %d\n", v, u, spikes);
}

static void run_float(const char *name, double ad, double bd, double cd, double dd, double Id, double dtd, int steps) {
    float a = (float) ad, b = (float) bd, c = (float) cd, d = (float) dd, I = (float) Id, dt = (float) dtd;
    float v = -65.0f, u = b * v; /* u0 = b*v0 in float, from b rounded once (float arithmetic throughout) */
    int spikes = 0;
    printf("case %s float %a %a %a %a %a %a %d\n", name, ad, bd, cd, dd, Id, dtd, steps);
    for (int k = 0; k < steps; k++) {
        float dv = 0.04f * v * v + 5.0f * v + 140.0f - u + I;
        float du = a * (b * v - u);
        v = v + dt * dv;
        u = u + dt * du;
        int spike = v >= 30.0f;
        if (spike) {
            v = c;
            u = u + d;
            spikes++;
            printf("spike %d\n", k);
        }
        if (spike || k % 10 == 9) {
            printf("s %d %a %a\n", k, (double) v, (double) u);
        }
    }
    printf("end %a %a %d\n", (double) v, (double) u, spikes);
}

int main(void) {
    const char *names[] = {"RS", "FS", "CH", "IB", "LTS", "random1", "random2"};
    const double p[][5] = {
        {0.02, 0.2, -65, 8, 10}, {0.1, 0.2, -65, 2, 10}, {0.02, 0.2, -50, 2, 10}, {0.02, 0.2, -55, 4, 10},
        {0.02, 0.25, -65, 2, 10}, {0.0731, 0.2137, -57.3, 5.71, 13.37}, {0.0123, 0.2456, -51.9, 0.77, 4.2}};
    for (int i = 0; i < 7; i++) {
        run_double(names[i], p[i][0], p[i][1], p[i][2], p[i][3], p[i][4], 0.1, 3000);
        run_double(names[i], p[i][0], p[i][1], p[i][2], p[i][3], p[i][4], 0.25, 800);
        run_float(names[i], p[i][0], p[i][1], p[i][2], p[i][3], p[i][4], 0.1, 3000);
    }
    return 0;
}
