package io.jicha.record;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/** Sorts row numbers by a comparator (stable merge sort, halves sorted in parallel when large). */
final class RowSorter {

    interface RowOrder {
        int compare(int a, int b);
    }

    private static final int PARALLEL = 1 << 16;
    private static final int INSERTION = 24;

    private RowSorter() {
    }

    static void sort(int[] rows, RowOrder order) {
        int[] tmp = rows.clone();
        ForkJoinPool.commonPool().invoke(new Task(tmp, rows, 0, rows.length, order));
    }

    /** Sorts src[lo,hi) into dst[lo,hi); src and dst hold the same values on entry. */
    private static final class Task extends RecursiveAction {
        private final int[] src;
        private final int[] dst;
        private final int lo;
        private final int hi;
        private final RowOrder order;

        Task(int[] src, int[] dst, int lo, int hi, RowOrder order) {
            this.src = src;
            this.dst = dst;
            this.lo = lo;
            this.hi = hi;
            this.order = order;
        }

        @Override
        protected void compute() {
            if (hi - lo <= INSERTION) {
                for (int i = lo + 1; i < hi; i++) {
                    int v = dst[i];
                    int j = i - 1;
                    while (j >= lo && order.compare(dst[j], v) > 0) {
                        dst[j + 1] = dst[j];
                        j--;
                    }
                    dst[j + 1] = v;
                }
                return;
            }
            int mid = (lo + hi) >>> 1;
            Task left = new Task(dst, src, lo, mid, order);
            Task right = new Task(dst, src, mid, hi, order);
            if (hi - lo > PARALLEL) {
                invokeAll(left, right);
            } else {
                left.compute();
                right.compute();
            }
            int i = lo;
            int j = mid;
            for (int k = lo; k < hi; k++) {
                if (j >= hi || (i < mid && order.compare(src[i], src[j]) <= 0)) {
                    dst[k] = src[i++];
                } else {
                    dst[k] = src[j++];
                }
            }
        }
    }
}
