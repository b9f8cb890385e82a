package io.jicha.stats;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Shared material for the seeded example-data generators ({@link ExampleMonthGenerator},
 * {@link ReviewPopulationGenerator}): Suzhou's units with their towns, document-number
 * prefixes and typical industries, synthetic enterprise and officer names, and CSV files
 * saved the way Excel saves them. Everything is drawn from a {@link Random} passed in, so the
 * same seed gives the same bytes.
 */
final class SyntheticUnits {

    private SyntheticUnits() {
    }

    /** How a CSV file is saved. */
    enum Saving {
        /** Excel "CSV UTF-8": byte-order mark, CRLF, ISO dates. */
        UTF8_BOM_CRLF(StandardCharsets.UTF_8, true, "\r\n", false),
        /** Plain UTF-8 as written by a script: no BOM, LF, ISO dates. */
        UTF8_LF(StandardCharsets.UTF_8, false, "\n", false),
        /** Excel "CSV (逗号分隔)" on Chinese Windows: GB18030 (GBK), no BOM, CRLF, dates like 2016/10/8. */
        GB18030_EXCEL(Charset.forName("GB18030"), false, "\r\n", true);

        final Charset charset;
        final boolean bom;
        final String lineEnd;
        final boolean excelDates;

        Saving(Charset charset, boolean bom, String lineEnd, boolean excelDates) {
            this.charset = charset;
            this.bom = bom;
            this.lineEnd = lineEnd;
            this.excelDates = excelDates;
        }

        String date(LocalDate d) {
            if (d == null) {
                return "";
            }
            return excelDates ? d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth() : d.toString();
        }
    }

    /** One of Suzhou's ten enforcement units. */
    record Unit(String name, String fileStem, String enterprisePrefix, String inspectionPrefix,
                String penaltyPrefix, List<String> towns, List<String> industries) {
    }

    static final List<Unit> SUZHOU = List.of(
            new Unit("张家港市", "zhangjiagang", "张家港市", "张家港环监", "张环罚字",
                    List.of("金港", "杨舍", "塘桥", "锦丰", "乐余", "凤凰", "南丰", "大新", "保税区"),
                    List.of("化工", "化工", "金属制品", "冶金", "纺织", "污水处理厂", "电镀", "机械")),
            new Unit("常熟市", "changshu", "常熟市", "常熟环监", "常环罚字",
                    List.of("虞山", "海虞", "梅李", "支塘", "董浜", "辛庄", "尚湖", "沙家浜", "古里", "碧溪"),
                    List.of("化工", "印染", "电镀", "污水处理厂", "纺织", "纺织", "金属制品", "机械")),
            new Unit("太仓市", "taicang", "太仓市", "太仓环监", "太环罚字",
                    List.of("城厢", "沙溪", "浏河", "浮桥", "璜泾", "双凤", "港区"),
                    List.of("化工", "纺织", "金属制品", "电子", "污水处理厂", "机械", "塑料")),
            new Unit("昆山市", "kunshan", "昆山市", "昆山环监", "昆环罚字",
                    List.of("周市", "陆家", "巴城", "千灯", "淀山湖", "张浦", "花桥", "周庄", "锦溪"),
                    List.of("电子", "电子", "金属制品", "电镀", "塑料", "化工", "污水处理厂", "机械")),
            new Unit("吴江区", "wujiang", "吴江市", "吴江环监", "吴环罚字",
                    List.of("盛泽", "盛泽", "震泽", "平望", "七都", "桃源", "黎里", "松陵", "同里", "汾湖"),
                    List.of("印染", "印染", "纺织", "纺织", "化工", "电子", "污水处理厂", "金属制品")),
            new Unit("吴中区", "wuzhong", "苏州市吴中区", "吴中环监", "吴中环罚字",
                    List.of("木渎", "甪直", "胥口", "临湖", "光福", "东山", "越溪", "横泾", "郭巷"),
                    List.of("金属制品", "电子", "印刷", "化工", "机械", "食品", "污水处理厂", "电镀")),
            new Unit("相城区", "xiangcheng", "苏州市相城区", "相城环监", "相环罚字",
                    List.of("黄埭", "望亭", "渭塘", "北桥", "阳澄湖", "太平", "元和", "黄桥"),
                    List.of("纺织", "金属制品", "电子", "塑料", "化工", "印染", "机械", "污水处理厂")),
            new Unit("姑苏区", "gusu", "苏州市姑苏区", "姑苏环监", "姑环罚字",
                    List.of("虎丘", "金阊", "沧浪", "平江", "吴门桥", "双塔", "白洋湾", "石路"),
                    List.of("餐饮", "汽车维修", "洗涤", "印刷", "五金加工", "医疗机构")),
            new Unit("工业园区", "yuanqu", "苏州工业园区", "园区环监", "苏园环罚字",
                    List.of("娄葑", "唯亭", "胜浦", "斜塘", "湖东", "星湖"),
                    List.of("电子", "电子", "电子", "金属制品", "化工", "医药", "污水处理厂")),
            new Unit("高新区", "gaoxin", "苏州高新区", "高新环监", "苏新环罚字",
                    List.of("浒墅关", "通安", "东渚", "镇湖", "枫桥", "狮山", "横塘"),
                    List.of("电子", "电子", "机械", "金属制品", "电镀", "化工", "污水处理厂")));

    static Unit unit(String name) {
        return SUZHOU.stream().filter(u -> u.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unit " + name));
    }

    private static final String BRAND_CHARS = "华恒鑫宏盛永天瑞锦金新嘉立协佳博正信宇凯昌荣德丰达源隆泰通豪亚中伟兴旺顺";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余";
    private static final String GIVEN = "伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文斌辉鹏飞宇浩凯健峰俊";

    /** The business words for an industry, as they appear in company names. */
    private static String businessWord(String industry, Random rnd) {
        return switch (industry) {
            case "化工" -> pick(rnd, "化工", "化学", "精细化工");
            case "印染" -> pick(rnd, "印染", "染整", "印染整理");
            case "电镀" -> pick(rnd, "电镀", "表面处理");
            case "纺织" -> pick(rnd, "纺织", "丝绸", "化纤", "织造");
            case "金属制品" -> pick(rnd, "金属制品", "五金制品", "精密金属");
            case "冶金" -> pick(rnd, "钢铁", "特钢", "冶金");
            case "电子" -> pick(rnd, "电子", "电子科技", "光电科技", "线路板");
            case "机械" -> pick(rnd, "机械", "机械制造", "重工");
            case "塑料" -> pick(rnd, "塑胶", "塑业", "新材料");
            case "印刷" -> pick(rnd, "印刷", "包装印刷");
            case "食品" -> pick(rnd, "食品", "酿造");
            case "医药" -> pick(rnd, "制药", "生物医药");
            default -> industry;
        };
    }

    /** A synthetic enterprise name fitting the unit and industry, e.g. 吴江市盛泽鑫达印染有限公司. */
    static String enterpriseName(Unit unit, String industry, Random rnd) {
        String town = unit.towns().get(rnd.nextInt(unit.towns().size()));
        int first = rnd.nextInt(BRAND_CHARS.length());
        int second = (first + 1 + rnd.nextInt(BRAND_CHARS.length() - 1)) % BRAND_CHARS.length();
        String brand = "" + BRAND_CHARS.charAt(first) + BRAND_CHARS.charAt(second);
        return switch (industry) {
            case "污水处理厂" -> unit.enterprisePrefix() + town + pick(rnd, "污水处理厂", "污水处理有限公司", "水质净化厂");
            case "餐饮" -> unit.enterprisePrefix() + brand + pick(rnd, "酒家", "餐饮管理有限公司", "饭店");
            case "汽车维修" -> unit.enterprisePrefix() + brand + "汽车维修服务有限公司";
            case "洗涤" -> unit.enterprisePrefix() + brand + "洗涤服务部";
            case "五金加工" -> unit.enterprisePrefix() + brand + "五金加工厂";
            case "医疗机构" -> unit.enterprisePrefix() + brand + pick(rnd, "门诊部", "口腔诊所", "医院");
            default -> unit.enterprisePrefix() + (rnd.nextInt(3) == 0 ? "" : town) + brand
                    + businessWord(industry, rnd) + "有限公司";
        };
    }

    /** One enterprise of a unit's register. */
    record Enterprise(String name, String industry) {
    }

    /** A register of distinct synthetic enterprises for the unit. */
    static List<Enterprise> enterprises(Unit unit, int count, Random rnd) {
        Set<String> names = new LinkedHashSet<>();
        List<Enterprise> out = new ArrayList<>();
        while (out.size() < count) {
            String industry = unit.industries().get(rnd.nextInt(unit.industries().size()));
            String name = enterpriseName(unit, industry, rnd);
            if (names.add(name)) {
                out.add(new Enterprise(name, industry));
            }
        }
        return out;
    }

    /** A roster of distinct synthetic officer names (never the review team's 张三, 李四, 王五). */
    static List<String> officers(int count, Random rnd) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            String name = "" + SURNAMES.charAt(rnd.nextInt(SURNAMES.length()))
                    + GIVEN.charAt(rnd.nextInt(GIVEN.length()))
                    + (rnd.nextInt(3) == 0 ? "" : "" + GIVEN.charAt(rnd.nextInt(GIVEN.length())));
            names.add(name);
        }
        return new ArrayList<>(names);
    }

    /** {@code n} distinct names from the roster, joined by 、. */
    static String team(List<String> roster, int n, Random rnd) {
        List<String> copy = new ArrayList<>(roster);
        java.util.Collections.shuffle(copy, rnd);
        return String.join("、", copy.subList(0, n));
    }

    /** A day of the period, weekends and public holidays drawn less often (but still drawn). */
    static LocalDate day(LocalDate from, LocalDate to, Random rnd) {
        int span = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        while (true) {
            LocalDate d = from.plusDays(rnd.nextInt(span));
            boolean off = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
                    || isHoliday(d);
            if (!off || rnd.nextInt(4) == 0) {
                return d;
            }
        }
    }

    /** 2016 public holidays (国务院办公厅 2016 holiday notice); enough for weighting dates. */
    private static boolean isHoliday(LocalDate d) {
        if (d.getYear() != 2016) {
            return false;
        }
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        return (m == 1 && day == 1) || (m == 2 && day >= 7 && day <= 13) || (m == 4 && day == 4)
                || (m == 5 && (day == 1 || day == 2)) || (m == 6 && day >= 9 && day <= 11)
                || (m == 9 && day >= 15 && day <= 17) || (m == 10 && day <= 7);
    }

    @SafeVarargs
    static <T> T pick(Random rnd, T... options) {
        return options[rnd.nextInt(options.length)];
    }

    /**
     * Splits {@code total} into {@code parts} amounts, each a multiple of {@code step} and at
     * least {@code min}, randomly but summing exactly to the total.
     */
    static long[] split(long total, int parts, long min, long step, Random rnd) {
        if (parts == 0) {
            if (total != 0) {
                throw new IllegalArgumentException("cannot split " + total + " into no parts");
            }
            return new long[0];
        }
        if (total % step != 0 || total < min * parts) {
            throw new IllegalArgumentException("cannot split " + total + " into " + parts + " parts of at least " + min);
        }
        long units = (total - min * parts) / step;
        double[] w = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            w[i] = 0.2 + rnd.nextDouble() * rnd.nextDouble() * 3;
            sum += w[i];
        }
        long[] out = new long[parts];
        long given = 0;
        for (int i = 0; i < parts; i++) {
            long u = (long) Math.floor(units * w[i] / sum);
            out[i] = min + u * step;
            given += u;
        }
        for (long left = units - given; left > 0; left--) {
            out[rnd.nextInt(parts)] += step;
        }
        return out;
    }

    /** A CSV cell, quoted when it holds a comma, quote or line break. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Writes rows (the first is the header) as CSV the given way. */
    static void writeCsv(Path file, List<List<String>> rows, Saving saving) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(SyntheticUnits::cell).toList())).append(saving.lineEnd);
        }
        byte[] body = text.toString().getBytes(saving.charset);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (var out = Files.newOutputStream(file)) {
            if (saving.bom) {
                out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(body);
        }
    }
}
