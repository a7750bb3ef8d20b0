#include "app/core/district/suppliesdemo.h"

#include "app/core/rules/shelters.h"
#include "app/core/rules/supplies.h"
#include "app/core/store/store.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace fc {

namespace {

struct KindRow
{
    const char *code, *name, *nameEn, *unit, *category;
    int minLevel, shelfLifeDays, stockMain, stockBund;
};

// Sample catalogue (示例数据): code, name, English name, unit, category, minimum level, shelf life in days (0: does
// not expire), opening stock in the district warehouse and in the South Bund store.
const KindRow kKinds[] = {
    {"FX-001", "编织袋", "Woven sandbag", "条", "防汛抢险", 10000, 0, 16000, 1500},
    {"FX-002", "草袋", "Straw sandbag", "条", "防汛抢险", 3000, 0, 5000, 0},
    {"FX-003", "吸水膨胀袋", "Water-absorbing expansion bag", "条", "防汛抢险", 2000, 1825, 3000, 600},
    {"FX-004", "土工布", "Geotextile", "平方米", "防汛抢险", 1000, 0, 2000, 0},
    {"FX-005", "彩条布", "Striped tarpaulin", "卷", "防汛抢险", 50, 0, 80, 10},
    {"FX-006", "防汛挡水板（1米）", "Flood barrier panel 1 m", "块", "防汛抢险", 100, 0, 160, 40},
    {"FX-007", "防汛挡水板（2米）", "Flood barrier panel 2 m", "块", "防汛抢险", 60, 0, 90, 20},
    {"FX-008", "移动式防洪墙单元", "Demountable flood wall unit", "节", "防汛抢险", 40, 0, 60, 0},
    {"FX-009", "铁锹", "Shovel", "把", "防汛抢险", 300, 0, 420, 60},
    {"FX-010", "铁镐", "Pickaxe", "把", "防汛抢险", 100, 0, 150, 0},
    {"FX-011", "钢管（6米）", "Steel pipe 6 m", "根", "防汛抢险", 200, 0, 300, 0},
    {"FX-012", "木桩", "Timber pile", "根", "防汛抢险", 300, 0, 500, 0},
    {"FX-013", "铅丝", "Galvanised wire", "千克", "防汛抢险", 200, 0, 300, 0},
    {"FX-014", "扎丝钳", "Wire pliers", "把", "防汛抢险", 50, 0, 80, 0},
    {"FX-015", "手推车", "Wheelbarrow", "辆", "防汛抢险", 30, 0, 45, 5},
    {"FX-016", "堵漏王", "Quick leak sealant", "千克", "防汛抢险", 200, 730, 300, 50},
    {"FX-017", "瓜米石", "Fine gravel", "吨", "防汛抢险", 20, 0, 30, 0},
    {"FX-018", "黄沙", "Sand", "吨", "防汛抢险", 30, 0, 50, 0},
    {"FX-019", "防渗膜", "Anti-seepage membrane", "卷", "防汛抢险", 20, 0, 30, 0},
    {"FX-020", "警示锥", "Traffic cone", "个", "防汛抢险", 200, 0, 300, 60},
    {"FX-021", "警戒带", "Barrier tape", "卷", "防汛抢险", 100, 0, 160, 30},
    {"FX-022", "水马", "Water-filled barrier", "个", "防汛抢险", 80, 0, 120, 20},
    {"PL-001", "潜水泵（50毫米）", "Submersible pump 50 mm", "台", "排涝设备", 30, 0, 45, 10},
    {"PL-002", "潜水泵（100毫米）", "Submersible pump 100 mm", "台", "排涝设备", 20, 0, 30, 6},
    {"PL-003", "潜水泵（150毫米）", "Submersible pump 150 mm", "台", "排涝设备", 10, 0, 16, 0},
    {"PL-004", "潜水泵（200毫米）", "Submersible pump 200 mm", "台", "排涝设备", 6, 0, 8, 0},
    {"PL-005", "汽油机水泵", "Petrol pump", "台", "排涝设备", 10, 0, 14, 4},
    {"PL-006", "移动泵车（300立方米/小时）", "Mobile pump truck 300 m3/h", "辆", "排涝设备", 2, 0, 3, 0},
    {"PL-007", "龙吸水泵车", "High-capacity pump truck", "辆", "排涝设备", 1, 0, 1, 0},
    {"PL-008", "消防水带（65毫米）", "Delivery hose 65 mm", "盘", "排涝设备", 60, 0, 90, 20},
    {"PL-009", "消防水带（100毫米）", "Delivery hose 100 mm", "盘", "排涝设备", 30, 0, 45, 0},
    {"PL-010", "水带接口", "Hose coupling", "个", "排涝设备", 80, 0, 120, 0},
    {"PL-011", "吸水管", "Suction hose", "根", "排涝设备", 30, 0, 40, 0},
    {"PL-012", "柴油发电机（5千瓦）", "Diesel generator 5 kW", "台", "排涝设备", 10, 0, 14, 3},
    {"PL-013", "柴油发电机（30千瓦）", "Diesel generator 30 kW", "台", "排涝设备", 4, 0, 6, 0},
    {"PL-014", "柴油发电机（100千瓦）", "Diesel generator 100 kW", "台", "排涝设备", 1, 0, 2, 0},
    {"PL-015", "汽油发电机（3千瓦）", "Petrol generator 3 kW", "台", "排涝设备", 10, 0, 16, 4},
    {"PL-016", "移动配电箱", "Portable distribution box", "台", "排涝设备", 10, 0, 15, 2},
    {"PL-017", "电缆盘（50米）", "Cable reel 50 m", "盘", "排涝设备", 20, 0, 30, 6},
    {"PL-018", "柴油", "Diesel fuel", "升", "排涝设备", 400, 365, 600, 0},
    {"PL-019", "汽油", "Petrol", "升", "排涝设备", 200, 180, 300, 0},
    {"PL-020", "清淤机", "Silt pump", "台", "排涝设备", 2, 0, 3, 0},
    {"JY-001", "救生衣（成人）", "Life jacket, adult", "件", "水上救援", 300, 1825, 400, 60},
    {"JY-002", "救生衣（儿童）", "Life jacket, child", "件", "水上救援", 80, 1825, 120, 20},
    {"JY-003", "救生圈", "Lifebuoy", "个", "水上救援", 100, 0, 150, 30},
    {"JY-004", "救生绳（30米）", "Rescue rope 30 m", "根", "水上救援", 60, 0, 90, 20},
    {"JY-005", "抛投器", "Line thrower", "台", "水上救援", 6, 0, 8, 2},
    {"JY-006", "冲锋舟", "Assault boat", "艘", "水上救援", 4, 0, 6, 0},
    {"JY-007", "橡皮艇", "Inflatable boat", "艘", "水上救援", 6, 0, 8, 2},
    {"JY-008", "船外机（40马力）", "Outboard motor 40 hp", "台", "水上救援", 4, 0, 6, 0},
    {"JY-009", "救生浮板", "Rescue float board", "块", "水上救援", 20, 0, 30, 0},
    {"JY-010", "涉水裤", "Wading trousers", "条", "水上救援", 100, 0, 150, 30},
    {"JY-011", "水域救援头盔", "Water rescue helmet", "顶", "水上救援", 50, 0, 70, 0},
    {"JY-012", "潜水服", "Wetsuit", "套", "水上救援", 10, 0, 12, 0},
    {"JY-013", "打气泵", "Inflator", "台", "水上救援", 6, 0, 8, 0},
    {"ZM-001", "强光手电", "High-power torch", "支", "照明通信", 200, 0, 300, 0},
    {"ZM-002", "头灯", "Head torch", "个", "照明通信", 200, 0, 260, 0},
    {"ZM-003", "移动照明灯塔", "Mobile light tower", "台", "照明通信", 4, 0, 6, 0},
    {"ZM-004", "便携式工作灯", "Portable work light", "台", "照明通信", 30, 0, 45, 0},
    {"ZM-005", "应急灯", "Emergency lamp", "个", "照明通信", 80, 0, 120, 0},
    {"ZM-006", "LED投光灯", "LED floodlight", "台", "照明通信", 20, 0, 30, 0},
    {"ZM-007", "对讲机", "Two-way radio", "部", "照明通信", 60, 0, 80, 0},
    {"ZM-008", "对讲机电池", "Radio battery", "块", "照明通信", 100, 1095, 140, 0},
    {"ZM-009", "卫星电话", "Satellite phone", "部", "照明通信", 3, 0, 4, 0},
    {"ZM-010", "手持扩音器", "Megaphone", "个", "照明通信", 30, 0, 45, 0},
    {"ZM-011", "一号电池", "D-cell battery", "节", "照明通信", 400, 1095, 600, 0},
    {"ZM-012", "五号电池", "AA battery", "节", "照明通信", 800, 1095, 1200, 0},
    {"ZM-013", "移动电源", "Power bank", "个", "照明通信", 50, 1095, 80, 0},
    {"ZM-014", "警示爆闪灯", "Warning strobe", "个", "照明通信", 60, 0, 90, 0},
    {"FH-001", "雨衣（分体式）", "Rain suit", "套", "个人防护", 500, 0, 800, 0},
    {"FH-002", "雨披", "Rain poncho", "件", "个人防护", 500, 0, 900, 0},
    {"FH-003", "雨靴", "Rain boots", "双", "个人防护", 300, 0, 450, 0},
    {"FH-004", "反光背心", "Reflective vest", "件", "个人防护", 300, 0, 450, 0},
    {"FH-005", "安全帽", "Safety helmet", "顶", "个人防护", 300, 0, 420, 0},
    {"FH-006", "防滑手套", "Anti-slip gloves", "副", "个人防护", 500, 0, 800, 0},
    {"FH-007", "绝缘手套", "Insulating gloves", "副", "个人防护", 50, 0, 70, 0},
    {"FH-008", "绝缘靴", "Insulating boots", "双", "个人防护", 30, 0, 45, 0},
    {"FH-009", "防护眼镜", "Safety goggles", "副", "个人防护", 100, 0, 150, 0},
    {"FH-010", "医用口罩", "Medical mask", "只", "个人防护", 2000, 1095, 3000, 0},
    {"FH-011", "N95口罩", "N95 respirator", "只", "个人防护", 500, 1095, 800, 0},
    {"FH-012", "防毒面具", "Gas mask", "套", "个人防护", 20, 1825, 30, 0},
    {"AZ-001", "折叠床", "Folding bed", "张", "安置生活", 800, 0, 900, 0},
    {"AZ-002", "床垫", "Mattress", "床", "安置生活", 800, 0, 900, 0},
    {"AZ-003", "棉被", "Quilt", "床", "安置生活", 600, 0, 1000, 0},
    {"AZ-004", "毛毯", "Blanket", "条", "安置生活", 600, 0, 1100, 0},
    {"AZ-005", "枕头", "Pillow", "个", "安置生活", 500, 0, 900, 0},
    {"AZ-006", "床单", "Bed sheet", "条", "安置生活", 500, 0, 900, 0},
    {"AZ-007", "睡袋", "Sleeping bag", "个", "安置生活", 200, 0, 300, 0},
    {"AZ-008", "单帐篷", "Single tent", "顶", "安置生活", 30, 0, 50, 0},
    {"AZ-009", "救灾帐篷（12平方米）", "Relief tent 12 m2", "顶", "安置生活", 20, 0, 30, 0},
    {"AZ-010", "隔断帘", "Privacy screen", "套", "安置生活", 60, 0, 100, 0},
    {"AZ-011", "折叠桌", "Folding table", "张", "安置生活", 40, 0, 60, 0},
    {"AZ-012", "折叠椅", "Folding chair", "把", "安置生活", 200, 0, 300, 0},
    {"AZ-013", "毛巾", "Towel", "条", "安置生活", 800, 0, 1200, 0},
    {"AZ-014", "洗漱包", "Toiletry kit", "套", "安置生活", 600, 1095, 900, 0},
    {"AZ-015", "拖鞋", "Slippers", "双", "安置生活", 600, 0, 900, 0},
    {"AZ-016", "一次性餐具", "Disposable tableware", "套", "安置生活", 2000, 0, 3000, 0},
    {"AZ-017", "饮用水（550毫升×24）", "Drinking water 24 x 550 ml", "箱", "安置生活", 300, 365, 500, 0},
    {"AZ-018", "方便面（24桶）", "Instant noodles, case of 24", "箱", "安置生活", 150, 180, 240, 0},
    {"AZ-019", "压缩饼干", "Compressed biscuits", "箱", "安置生活", 100, 730, 160, 0},
    {"AZ-020", "八宝粥（12罐）", "Congee, case of 12", "箱", "安置生活", 100, 365, 150, 0},
    {"AZ-021", "面包", "Bread", "箱", "安置生活", 50, 10, 60, 0},
    {"AZ-022", "婴儿奶粉", "Infant formula", "罐", "安置生活", 30, 540, 40, 0},
    {"AZ-023", "纸尿裤", "Nappies", "包", "安置生活", 40, 1095, 60, 0},
    {"AZ-024", "成人纸尿裤", "Adult incontinence pads", "包", "安置生活", 40, 1095, 60, 0},
    {"AZ-025", "卫生巾", "Sanitary pads", "包", "安置生活", 80, 1095, 120, 0},
    {"AZ-026", "电热水壶", "Electric kettle", "个", "安置生活", 20, 0, 30, 0},
    {"AZ-027", "保温桶", "Insulated water container", "个", "安置生活", 20, 0, 30, 0},
    {"AZ-028", "垃圾袋", "Rubbish bags", "卷", "安置生活", 200, 0, 300, 0},
    {"AZ-029", "蚊香", "Mosquito coils", "盒", "安置生活", 200, 730, 300, 0},
    {"AZ-030", "插线板", "Power strip", "个", "安置生活", 60, 0, 90, 0},
    {"YL-001", "急救箱", "First-aid kit", "个", "医疗卫生", 40, 1095, 60, 0},
    {"YL-002", "医用纱布", "Medical gauze", "包", "医疗卫生", 200, 1095, 300, 0},
    {"YL-003", "创可贴", "Adhesive plasters", "盒", "医疗卫生", 100, 1095, 150, 0},
    {"YL-004", "碘伏", "Povidone-iodine", "瓶", "医疗卫生", 100, 730, 150, 0},
    {"YL-005", "医用酒精", "Medical alcohol", "瓶", "医疗卫生", 100, 730, 150, 0},
    {"YL-006", "含氯消毒片", "Chlorine disinfectant tablets", "瓶", "医疗卫生", 100, 730, 160, 0},
    {"YL-007", "84消毒液", "Bleach disinfectant", "桶", "医疗卫生", 50, 365, 80, 0},
    {"YL-008", "喷雾器", "Sprayer", "个", "医疗卫生", 30, 0, 45, 0},
    {"YL-009", "体温计", "Thermometer", "支", "医疗卫生", 60, 0, 90, 0},
    {"YL-010", "担架", "Stretcher", "副", "医疗卫生", 10, 0, 15, 0},
    {"YL-011", "轮椅", "Wheelchair", "辆", "医疗卫生", 6, 0, 8, 0},
    {"YL-012", "藿香正气水", "Huoxiang Zhengqi liquid", "盒", "医疗卫生", 100, 730, 160, 0},
    {"YL-013", "止泻药", "Antidiarrhoeal", "盒", "医疗卫生", 60, 730, 90, 0},
    {"PC-001", "油锯", "Chainsaw", "台", "破拆工具", 10, 0, 14, 0},
    {"PC-002", "电锯", "Electric saw", "台", "破拆工具", 6, 0, 8, 0},
    {"PC-003", "高枝锯", "Pole saw", "把", "破拆工具", 10, 0, 15, 0},
    {"PC-004", "液压破拆工具组", "Hydraulic rescue tool set", "套", "破拆工具", 2, 0, 3, 0},
    {"PC-005", "撬棍", "Crowbar", "根", "破拆工具", 40, 0, 60, 0},
    {"PC-006", "大锤", "Sledgehammer", "把", "破拆工具", 20, 0, 30, 0},
    {"PC-007", "绳索（100米）", "Rope 100 m", "根", "破拆工具", 30, 0, 45, 0},
    {"PC-008", "梯子（6米）", "Ladder 6 m", "架", "破拆工具", 10, 0, 14, 0},
    {"PC-009", "窨井盖钩", "Manhole cover hook", "把", "破拆工具", 30, 0, 45, 0},
    {"PC-010", "疏通机", "Drain cleaner", "台", "破拆工具", 4, 0, 6, 0},
};

QString S(const char *s)
{
    return QString::fromUtf8(s);
}

QDateTime bj(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), QTimeZone("Asia/Shanghai")).toUTC();
}

bool write(Store &store, const QList<RowChange> &changes, QString *error, WriteResult *out = nullptr)
{
    auto f = store.apply(changes, QStringLiteral("demo: supplies and shelters (sample data)"));
    f.waitForFinished();
    const WriteResult r = f.result();
    if (!r.ok)
        *error = QStringLiteral("supplies demo: %1").arg(r.error);
    if (out)
        *out = r;
    return r.ok;
}

RowChange insert(const char *table, const QVariantMap &values)
{
    RowChange c;
    c.kind = RowChange::Kind::Insert;
    c.table = QString::fromLatin1(table);
    c.values = values;
    return c;
}

} // namespace

bool seedSuppliesDemo(Store &store, QString *error)
{
    auto w = store.rows(QStringLiteral("warehouses"));
    auto s = store.rows(QStringLiteral("shelters"));
    auto t = store.rows(QStringLiteral("rescue_teams"));
    w.waitForFinished();
    s.waitForFinished();
    t.waitForFinished();
    const QList<StoreRow> warehouses = w.result(), shelters = s.result(), teams = t.result();
    if (warehouses.size() < 2 || shelters.size() < 9)
        return true; // not the demo district: nothing to add
    const qint64 main = warehouses[0].fid, bund = warehouses[1].fid;
    auto shelter = [&](int i) { return shelters[i - 1].fid; };
    const QString keeper = S("仓库管理员（示例）");

    // The catalogue.
    QList<RowChange> changes;
    for (const KindRow &k : kKinds) {
        QVariantMap v = {{S("code"), S(k.code)}, {S("name"), S(k.name)}, {S("name_en"), S(k.nameEn)},
                         {S("unit"), S(k.unit)}, {S("category"), S(k.category)}, {S("min_level"), k.minLevel},
                         {S("note"), S("示例数据")}};
        if (k.shelfLifeDays > 0) {
            v.insert(S("shelf_life_days"), k.shelfLifeDays);
            v.insert(S("expiry_warn_days"), k.shelfLifeDays >= 365 ? 60 : 3);
        }
        changes.append(insert("supply_kinds", v));
    }
    WriteResult r;
    if (!write(store, changes, error, &r))
        return false;
    QHash<QString, qint64> kind;
    for (int i = 0; i < r.fids.size(); ++i)
        kind.insert(S(kKinds[i].code), r.fids[i]);

    // Shelf locations: one row of shelves per category in the district warehouse, three in the South Bund store.
    QStringList categories;
    for (const KindRow &k : kKinds)
        if (!categories.contains(S(k.category)))
            categories.append(S(k.category));
    changes.clear();
    for (int i = 0; i < categories.size(); ++i)
        changes.append(insert("supply_locations", {{S("warehouse_fid"), main}, {S("code"), QStringLiteral("A-%1").arg(i + 1, 2, 10, QLatin1Char('0'))},
                                                   {S("category"), categories[i]}}));
    for (int i = 0; i < 3; ++i)
        changes.append(insert("supply_locations", {{S("warehouse_fid"), bund}, {S("code"), QStringLiteral("B-%1").arg(i + 1, 2, 10, QLatin1Char('0'))},
                                                   {S("category"), categories[i]}}));
    if (!write(store, changes, error, &r))
        return false;
    const QList<qint64> shelf = r.fids;

    // Opening stock on 1 September 2024 (batches that expire carry their date).
    changes.clear();
    const QDateTime opening = bj(9, 1, 8, 0);
    for (const KindRow &k : kKinds) {
        const int cat = categories.indexOf(S(k.category));
        for (const auto &[house, qty, loc] : {std::tuple{main, k.stockMain, shelf[cat]},
                                              std::tuple{bund, k.stockBund, cat < 3 ? shelf[categories.size() + cat] : 0}}) {
            if (qty <= 0)
                continue;
            SupplyMovement m;
            m.kind = kind.value(S(k.code));
            m.warehouse = house;
            m.location = loc;
            m.type = S("opening");
            m.delta = qty;
            m.at = opening;
            m.actor = keeper;
            m.reason = S("期初库存（示例数据）");
            m.document = S("示例-QC-20240901");
            if (k.shelfLifeDays > 0)
                m.expires = opening.date().addDays(std::max(5, k.shelfLifeDays * 2 / 3));
            changes.append(Supplies::movement(m));
        }
    }
    if (!write(store, changes, error))
        return false;

    // A stock-take on 10 September: 20 woven bags found mouldy on shelf A-01.
    QList<SupplyMovement> sofar;
    for (const RowChange &c : std::as_const(changes))
        sofar.append(SupplyMovement::fromRow({0, c.values}));
    const QList<CountDifference> diffs = Supplies::reconcile({{main, shelf[0], kind.value(S("FX-001")), 15980}}, sofar);
    if (!write(store, Supplies::countChanges(diffs, keeper, bj(9, 10, 9, 30), S("受潮霉变20条，盘点核减"), S("示例-PD-20240910")), error))
        return false;
    // Before the typhoon: more bags bought, some moved to the South Bund store.
    if (!write(store, Supplies::receive(kind.value(S("FX-001")), main, 2000, S("purchase"), S("示例供应商"), keeper, bj(9, 12, 14, 0),
                                        S("台风“贝碧嘉”来临前补充采购"), S("示例-RK-20240912-01"), {}, shelf[0]),
               error)
        || !write(store, Supplies::transfer(kind.value(S("FX-001")), main, bund, 500, keeper, bj(9, 14, 10, 0),
                                            S("南外滩沿江前置储备"), S("示例-DB-20240914-01")),
                  error))
        return false;

    // Shelters open on the afternoon of 15 September.
    changes.clear();
    for (int i = 1; i <= 9; ++i)
        changes.append(Shelters::setStatus(shelter(i), nullptr, i == 3 || i == 4 ? S("opening") : S("open"), bj(9, 15, 16, 0)));
    if (!write(store, changes, error))
        return false;

    // The people moved during the night, street by street.
    struct Move
    {
        int shelter;
        int month, day, hour, minute;
        int people, elderly, disabled, children;
        const char *street, *estate, *override_;
    };
    const Move moves[] = {
        {9, 9, 15, 18, 30, 120, 46, 2, 12, "外滩街道", "中山东二路沿江老旧房屋", ""},
        {8, 9, 15, 19, 10, 160, 52, 3, 20, "半淞园路街道", "耀江花园周边简屋", ""},
        {7, 9, 15, 19, 40, 140, 61, 4, 9, "五里桥街道", "瞿溪路旧式里弄", ""},
        {1, 9, 15, 20, 15, 210, 88, 5, 15, "豫园街道", "方浜中路旧式里弄", ""},
        {6, 9, 15, 21, 0, 180, 70, 2, 18, "南京东路街道", "福州路危旧房", ""},
        {5, 9, 15, 21, 30, 260, 95, 6, 30, "打浦桥街道", "建国新村", ""},
        {4, 9, 15, 22, 10, 190, 8, 0, 0, "老西门街道", "蓬莱路在建工地工棚", ""},
        {9, 9, 15, 23, 0, 110, 38, 1, 10, "外滩街道", "北京东路沿街商铺楼上", ""},
        {2, 9, 15, 23, 40, 320, 12, 0, 0, "小东门街道", "董家渡沿江在建工地工棚", ""},
        {3, 9, 16, 0, 30, 150, 64, 3, 11, "淮海中路街道", "淮海中路老式里弄", ""},
        {9, 9, 16, 1, 15, 40, 22, 2, 4, "外滩街道", "四川中路危房", "台风登陆前夜就近安置，经指挥部同意超额安置"},
    };
    const QString officer = S("街道转移工作组（示例）");
    changes.clear();
    for (const Move &m : moves) {
        PeopleTransfer x;
        x.shelter = shelter(m.shelter);
        x.people = m.people;
        x.at = bj(m.month, m.day, m.hour, m.minute);
        x.street = S(m.street);
        x.estate = S(m.estate);
        x.fromPlace = S(m.street) + S(m.estate);
        x.elderly = m.elderly;
        x.disabled = m.disabled;
        x.children = m.children;
        x.actor = officer;
        x.overrideReason = S(m.override_);
        changes.append(Shelters::transfer(x));
    }
    if (!write(store, changes, error))
        return false;
    // The Bund shelter is full after the override.
    auto p = store.rows(QStringLiteral("shelter_profiles"), QStringLiteral("shelter_fid = ?"), {shelter(9)});
    p.waitForFinished();
    if (!p.result().isEmpty() && !write(store, {Shelters::setStatus(shelter(9), &p.result().first(), S("full"), bj(9, 16, 1, 15))}, error))
        return false;

    // 300 folding beds with mattresses at short notice: requested by two shelters, confirmed by the warehouse.
    struct Ask
    {
        int shelter;
        const char *code;
        int qty;
        int hour, minute;
    };
    const Ask asks[] = {{1, "AZ-001", 150, 20, 30}, {1, "AZ-002", 150, 20, 30}, {2, "AZ-001", 150, 23, 50},
                        {2, "AZ-002", 150, 23, 50}, {9, "AZ-003", 200, 19, 0},  {8, "AZ-017", 40, 19, 30},
                        {5, "AZ-017", 60, 22, 0}};
    int n = 0;
    for (const Ask &a : asks) {
        const QDateTime at = a.hour < 12 ? bj(9, 16, a.hour, a.minute) : bj(9, 15, a.hour, a.minute);
        if (!write(store, {Supplies::request(S("shelter"), shelter(a.shelter), kind.value(S(a.code)), a.qty, S("安置点负责人（示例）"), at)}, error, &r))
            return false;
        auto q = store.row(QStringLiteral("supply_requests"), r.fids.first());
        q.waitForFinished();
        if (!write(store, Supplies::confirmRequest(q.result(), main, keeper, at.addSecs(15 * 60), QStringLiteral("示例-CK-20240915-%1").arg(++n, 2, 10, QLatin1Char('0'))), error))
            return false;
    }
    // One request still waiting for the warehouse when the night ended.
    if (!write(store, {Supplies::request(S("shelter"), shelter(5), kind.value(S("AZ-004")), 120, S("安置点负责人（示例）"),
                                         bj(9, 16, 2, 30), S("夜间降温，补充毛毯"))},
               error))
        return false;
    // Sandbags, pumps and lights to the teams on the night, and one drill issue earlier in the month.
    struct Issue
    {
        const char *code;
        int qty;
        const char *party;
        int team; // index into the teams, or -1 (drill)
        int day, hour, minute;
        const char *reason;
    };
    const Issue issues[] = {
        {"FX-001", 1500, "team", 0, 15, 17, 0, "沿江防汛墙薄弱段加固"},
        {"FX-001", 800, "team", 1, 15, 21, 20, "地下车库出入口封堵"},
        {"FX-003", 600, "team", 1, 15, 21, 20, "地下车库出入口封堵"},
        {"PL-001", 6, "team", 0, 15, 22, 0, "积水点强排"},
        {"PL-002", 4, "team", 2, 16, 3, 40, "积水点强排"},
        {"ZM-001", 40, "team", 0, 15, 17, 0, "夜间巡查"},
        {"FH-001", 120, "team", 0, 15, 17, 0, "抢险队员防护"},
        {"JY-001", 60, "drill", -1, 5, 9, 0, "防汛防台综合演练"},
    };
    for (const Issue &i : issues) {
        SupplyParty to;
        to.kind = S(i.party);
        if (i.team >= 0 && i.team < teams.size())
            to.fid = teams[i.team].fid;
        else if (i.team >= 0)
            to.kind = S("drill");
        else
            to.text = S("区防汛演练（示例）");
        if (!write(store, Supplies::issue(kind.value(S(i.code)), main, i.qty, to, keeper, bj(9, i.day, i.hour, i.minute), S(i.reason),
                                          QStringLiteral("示例-CK-202409%1-T").arg(i.day)),
                   error))
            return false;
    }
    // After the all-clear on the afternoon of 16 September most people go home.
    changes.clear();
    const struct { int shelter, hour, people; } leaving[] = {{9, 15, 170}, {8, 15, 120}, {7, 16, 100}, {1, 16, 150}};
    for (const auto &l : leaving) {
        PeopleTransfer x;
        x.shelter = shelter(l.shelter);
        x.direction = S("departure");
        x.people = l.people;
        x.at = bj(9, 16, l.hour, 0);
        x.actor = officer;
        x.note = S("台风过境，解除转移后返家");
        changes.append(Shelters::transfer(x));
    }
    if (!write(store, changes, error))
        return false;
    p = store.rows(QStringLiteral("shelter_profiles"), QStringLiteral("shelter_fid = ?"), {shelter(9)});
    p.waitForFinished();
    return p.result().isEmpty()
           || write(store, {Shelters::setStatus(shelter(9), &p.result().first(), S("open"), bj(9, 16, 15, 0))}, error);
}

} // namespace fc
