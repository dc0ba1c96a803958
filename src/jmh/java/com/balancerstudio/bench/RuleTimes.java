package com.balancerstudio.bench;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CoreRules;
import java.util.ArrayList;

public class RuleTimes {
    public static void main(String[] args) throws Exception {
        var design = LargeDesign.of(5000);
        var rules = CoreRules.create(Catalog.bundled());
        var times = new java.util.HashMap<String, Long>();
        for (int round = 0; round < 8; round++) {
            var d = com.balancerstudio.model.Design.of(design.name(), design.description(), design.elements());
            d.topology();
            for (var rule : rules.rules()) {
                long t = System.nanoTime();
                rule.check(d);
                long e = System.nanoTime() - t;
                if (round >= 3) times.merge(rule.id(), e, Long::sum);
            }
        }
        var list = new ArrayList<>(times.entrySet());
        list.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        long total = 0;
        for (var e : list) total += e.getValue();
        System.out.printf("total %.2f ms per validation%n", total / 5 / 1e6);
        for (var e : list.subList(0, 15)) System.out.printf("%s %.2f ms%n", e.getKey(), e.getValue() / 5 / 1e6);
    }
}
