package kz.oralman.examples.site;

import java.util.ArrayList;
import java.util.List;
import kz.oralman.examples.site.Pages.DiffLine;

/** A line diff (longest common subsequence) with three lines of context around each change. */
final class LineDiff {
    private static final int CONTEXT = 3;

    private LineDiff() {
    }

    static List<DiffLine> diff(String before, String after) {
        String[] a = before.split("\\r?\\n", -1);
        String[] b = after.split("\\r?\\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffLine> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                all.add(new DiffLine(" ", a[i]));
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                all.add(new DiffLine("+", b[j++]));
            } else {
                all.add(new DiffLine("-", a[i++]));
            }
        }
        boolean[] keep = new boolean[all.size()];
        for (int k = 0; k < all.size(); k++) {
            if (!all.get(k).kind().equals(" ")) {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(all.size() - 1, k + CONTEXT); c++) {
                    keep[c] = true;
                }
            }
        }
        List<DiffLine> out = new ArrayList<>();
        boolean gap = false;
        for (int k = 0; k < all.size(); k++) {
            if (keep[k]) {
                out.add(all.get(k));
                gap = false;
            } else if (!gap) {
                out.add(new DiffLine("…", ""));
                gap = true;
            }
        }
        return out;
    }
}
