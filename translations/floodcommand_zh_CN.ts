<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppOptions</name>
    <message>
        <source>FloodCommand flood-control and typhoon command centre</source>
        <translation>FloodCommand 防汛防台指挥中心</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Operation store (GeoPackage) to open.</source>
        <translation>要打开的作战数据库（GeoPackage）。</translation>
    </message>
    <message>
        <source>Open the bundled demo district (sample data).</source>
        <translation>打开内置示范区（样例数据）。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Wall display: full screen, large type, dark theme.</source>
        <translation>大屏模式：全屏、大字号、深色主题。</translation>
    </message>
    <message>
        <source>Start with the light (office) theme.</source>
        <translation>以浅色（办公）主题启动。</translation>
    </message>
    <message>
        <source>Render the main window offscreen after the first complete map frame, save it as PNG and exit.</source>
        <translation>在地图首帧完整绘制后离屏渲染主窗口，保存为 PNG 并退出。</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>--screenshot 使用的窗口尺寸，例如 1920x1080。</translation>
    </message>
    <message>
        <source>Create the --db store (and its folders) if it does not exist; without it a missing store is refused (asked in the window).</source>
        <translation>如果 --db 数据库（及其文件夹）不存在，则创建；不使用此选项时，将拒绝打开不存在的数据库（窗口模式下会询问）。</translation>
    </message>
    <message>
        <source>Open the store replaying (paused) at this time, ISO 8601 with offset, e.g. 2024-09-16T14:00:00+08:00.</source>
        <translation>打开数据库并回放（暂停）到此时刻，ISO 8601 格式并带时区，例如 2024-09-16T14:00:00+08:00。</translation>
    </message>
    <message>
        <source>Open the store read-only (briefings): nothing can be changed through this window.</source>
        <translation>以只读方式打开数据库（用于汇报）：本窗口不能修改任何内容。</translation>
    </message>
    <message>
        <source>With --wall: the built-in layout for N screens (1 to 3); offscreen, N windows (one image each with --screenshot).</source>
        <translation>与 --wall 合用：N 块屏的内置布局（1 至 3）；离屏时为 N 个窗口（配合 --screenshot 每屏输出一张图）。</translation>
    </message>
    <message>
        <source>With --wall: the wall layout file (JSON; see resources/walls) to use on this machine (remembered).</source>
        <translation>与 --wall 合用：本机使用的大屏布局文件（JSON，参见 resources/walls；会被记住）。</translation>
    </message>
</context>
<context>
    <name>BannerContent</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Plan proposes %1 — confirm</source>
        <translation>预案建议 %1——请确认</translation>
    </message>
    <message>
        <source>REPLAY %1</source>
        <translation>回放 REPLAY %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a warning badge where space is short: kind, colour</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>CapAlert</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: not a valid CAP 1.2 alert: %2</source>
        <translation>%1：不是有效的 CAP 1.2 预警：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>line %1: the root element is &lt;%2&gt;, not &lt;alert&gt;</source>
        <translation>第 %1 行：根元素为 &lt;%2&gt;，而不是 &lt;alert&gt;</translation>
    </message>
    <message>
        <source>line %1: namespace &apos;%2&apos; is not CAP 1.2 (%3)</source>
        <translation>第 %1 行：命名空间 &apos;%2&apos; 不是 CAP 1.2（%3）</translation>
    </message>
    <message>
        <source>line %1: &lt;sent&gt; &apos;%2&apos; is not a date and time with a zone offset</source>
        <translation>第 %1 行：&lt;sent&gt; &apos;%2&apos; 不是带时区偏移的日期时间</translation>
    </message>
    <message>
        <source>required element &lt;%1&gt; is missing or empty</source>
        <translation>必需元素 &lt;%1&gt; 缺失或为空</translation>
    </message>
    <message>
        <source>&lt;status&gt; &apos;%1&apos; is not one of %2</source>
        <translation>&lt;status&gt; &apos;%1&apos; 不是 %2 中的值</translation>
    </message>
    <message>
        <source>&lt;msgType&gt; &apos;%1&apos; is not one of %2</source>
        <translation>&lt;msgType&gt; &apos;%1&apos; 不是 %2 中的值</translation>
    </message>
    <message>
        <source>&lt;scope&gt; &apos;%1&apos; is not one of %2</source>
        <translation>&lt;scope&gt; &apos;%1&apos; 不是 %2 中的值</translation>
    </message>
    <message>
        <source>&lt;references&gt; entry &apos;%1&apos; is not sender,identifier,sent</source>
        <translation>&lt;references&gt; 条目 &apos;%1&apos; 不符合 sender,identifier,sent 格式</translation>
    </message>
    <message>
        <source>a %1 message needs &lt;references&gt; to the alert it changes</source>
        <translation>%1 消息须用 &lt;references&gt; 指明其所更改的预警</translation>
    </message>
    <message>
        <source>info %1</source>
        <translation>信息块 %1</translation>
    </message>
    <message>
        <source>%1: required element &lt;category&gt; is missing</source>
        <translation>%1：缺少必需元素 &lt;category&gt;</translation>
    </message>
    <message>
        <source>%1: required element &lt;event&gt; is missing</source>
        <translation>%1：缺少必需元素 &lt;event&gt;</translation>
    </message>
    <message>
        <source>%1: &lt;urgency&gt; &apos;%2&apos; is missing or not one of %3</source>
        <translation>%1：&lt;urgency&gt; &apos;%2&apos; 缺失，或不是 %3 中的值</translation>
    </message>
    <message>
        <source>%1: &lt;severity&gt; &apos;%2&apos; is missing or not one of %3</source>
        <translation>%1：&lt;severity&gt; &apos;%2&apos; 缺失，或不是 %3 中的值</translation>
    </message>
    <message>
        <source>%1: &lt;certainty&gt; &apos;%2&apos; is missing or not one of %3</source>
        <translation>%1：&lt;certainty&gt; &apos;%2&apos; 缺失，或不是 %3 中的值</translation>
    </message>
    <message>
        <source>alert %1: the colour of &apos;%2&apos; is neither in a parameter, the headline nor the severity</source>
        <translation>预警 %1：参数、标题和严重程度中均未给出 &apos;%2&apos; 的颜色</translation>
    </message>
    <message>
        <source>alert %1: no event maps to a warning signal kind (%2)</source>
        <translation>预警 %1：没有可对应到预警信号种类的事件（%2）</translation>
    </message>
    <message>
        <source>alert %1: status %2, no signal changed</source>
        <translation>预警 %1：状态为 %2，未更改任何信号</translation>
    </message>
    <message>
        <source>alert %1: %2 message, no signal changed</source>
        <translation>预警 %1：%2 消息，未更改任何信号</translation>
    </message>
    <message>
        <source>alert %1: %2</source>
        <translation>预警 %1：%2</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 已取消</translation>
    </message>
    <message>
        <source>alert %1 updates a %2 signal that is no longer in force</source>
        <translation>预警 %1 更新的 %2 信号已不再生效</translation>
    </message>
    <message>
        <source>line %1: &lt;polygon&gt; is not four or more closed &apos;lat,lon&apos; pairs in range</source>
        <translation>第 %1 行：&lt;polygon&gt; 不是四个以上首尾相同、在范围内的“纬度,经度”坐标对</translation>
    </message>
    <message>
        <source>line %1: &lt;circle&gt; &apos;%2&apos; is not &apos;lat,lon radius-km&apos;</source>
        <translation>第 %1 行：&lt;circle&gt; “%2”不是“纬度,经度 半径（公里）”</translation>
    </message>
    <message>
        <source>line %1: &lt;%2&gt; &apos;%3&apos; is not a date and time with a zone offset</source>
        <translation>第 %1 行：&lt;%2&gt; “%3”不是带时区偏移的日期时间</translation>
    </message>
    <message>
        <source>identifier &apos;%1&apos; is not of the national warning system&apos;s form (GB/T 35965.1: 14-digit area and agency code, &apos;_&apos;, time of issue yyyyMMddHHmmss)</source>
        <translation>标识符“%1”不符合国家预警信息发布系统的格式（GB/T 35965.1：14 位地区和机构代码、“_”、发布时间 yyyyMMddHHmmss）</translation>
    </message>
    <message>
        <source>info %1: &lt;expires&gt; %2 is not after %3</source>
        <translation>信息块 %1：&lt;expires&gt; %2 不晚于 %3</translation>
    </message>
    <message>
        <source>alert %1: &lt;sent&gt; %2 is more than %3 h ahead of now (%4); refused</source>
        <translation>预警 %1：&lt;sent&gt; %2 比当前时间（%4）晚 %3 小时以上，已拒绝</translation>
    </message>
    <message>
        <source>alert %1: &lt;effective&gt; %2 is more than %3 h ahead of now (%4); refused</source>
        <translation>预警 %1：&lt;effective&gt; %2 比当前时间（%4）晚 %3 小时以上，已拒绝</translation>
    </message>
    <message>
        <source>alert %1 (%2, %3) is not for this district: %4; recorded, nothing changed</source>
        <translation>预警 %1（%2，%3）不适用于本区：%4；已记录，未作任何更改</translation>
    </message>
    <message>
        <source>CAP alert %1 from %2 (%3, %4, sent %5) not applicable to the district: %6</source>
        <translation>来自 %2 的 CAP 预警 %1（%3，%4，发布于 %5）不适用于本区：%6</translation>
    </message>
    <message>
        <source>alert %1 cancels %2, which was never received: recorded, nothing changed</source>
        <translation>预警 %1 取消了从未收到的 %2：已记录，未作任何更改</translation>
    </message>
    <message>
        <source>CAP cancel %1 (sent %2) of alert %3, which was never received: nothing changed</source>
        <translation>CAP 取消消息 %1（发布于 %2）针对从未收到的预警 %3：未作任何更改</translation>
    </message>
    <message>
        <source>%1 of %2 expired at %3: recorded as history</source>
        <translation>%2 的%1已于 %3 过期：记入历史</translation>
    </message>
    <message>
        <source>late alert: %1 of %2 recorded as history (%3 in force since %4)</source>
        <translation>迟到的预警：%2 的%1记入历史（%3 自 %4 起生效）</translation>
    </message>
    <message>
        <source>%1 (original alert not received)</source>
        <translation>%1（未收到原预警）</translation>
    </message>
    <message>
        <source>CAP update %1 (sent %2) of alert %3, which was never received: taken as the signal in force (original not received)</source>
        <translation>CAP 更新消息 %1（发布于 %2）针对从未收到的预警 %3：按生效信号处理（未收到原预警）</translation>
    </message>
    <message>
        <source>%1: %2 bytes; a CAP message is at most %3 bytes: not a CAP file, nothing was imported</source>
        <translation>%1：%2 字节；CAP 消息最多 %3 字节：不是 CAP 文件，未导入任何内容</translation>
    </message>
</context>
<context>
    <name>CapDistrict</name>
    <message>
        <source>the district boundary is not valid WKT: %1</source>
        <translation>辖区边界不是有效的 WKT：%1</translation>
    </message>
    <message>
        <source>area codes %1 are not the district&apos;s (%2) nor a place containing it</source>
        <translation>区域代码 %1 既不是本区的（%2），也不是包含本区的地区</translation>
    </message>
    <message>
        <source>its area does not meet the district boundary</source>
        <translation>其区域与辖区边界不相交</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>%1: unknown output format &apos;.%2&apos; (use %3)</source>
        <translation>%1：未知的输出格式“.%2”（可用：%3）</translation>
    </message>
    <message>
        <source>%1: no layer or table &apos;%2&apos; (layers: %3)</source>
        <translation>%1：没有图层或数据表“%2”（现有图层：%3）</translation>
    </message>
    <message>
        <source>%1 is a table without geometry: export it as .csv or .gpkg</source>
        <translation>%1 是无几何的数据表：请导出为 .csv 或 .gpkg</translation>
    </message>
    <message>
        <source>%1: GDAL cannot read the store: %2</source>
        <translation>%1：GDAL 无法读取数据库：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>row %1, field %2: %3 bytes</source>
        <translation>第 %1 行，字段 %2：%3 字节</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>%1: the file name has no extension, which names the format (use %2)</source>
        <translation>%1：文件名没有扩展名，无法确定格式（请使用 %2）</translation>
    </message>
    <message>
        <source>%1: the store has no table %2</source>
        <translation>%1：数据库中没有数据表 %2</translation>
    </message>
    <message>
        <source>%1: %2 text value(s) are longer than the %3 bytes a shapefile holds (%4; fields: %5); nothing was written. Export as .gpkg, .geojson or .fgb to keep the full text, or allow cutting them with --truncate-text.</source>
        <translation>%1：有 %2 个文本值超过了 shapefile 所能容纳的 %3 字节（%4；字段：%5）；未写入任何内容。请导出为 .gpkg、.geojson 或 .fgb 以保留完整文本，或使用 --truncate-text 允许截断。</translation>
    </message>
    <message>
        <source>%1: export failed: %2%3; nothing was written</source>
        <translation>%1：导出失败：%2%3；未写入任何内容</translation>
    </message>
    <message>
        <source>GDAL gave no reason</source>
        <translation>GDAL 未给出原因</translation>
    </message>
    <message>
        <source>%1: export failed: the written file is incomplete or unreadable (disk full?): %2%3; nothing was written</source>
        <translation>%1：导出失败：写入的文件不完整或无法读取（磁盘已满？）：%2%3；未写入任何内容</translation>
    </message>
    <message>
        <source>%1: export failed: the written file holds %2 of %3 rows (disk full?)%4; nothing was written</source>
        <translation>%1：导出失败：写入的文件仅包含 %3 行中的 %2 行（磁盘已满？）%4；未写入任何内容</translation>
    </message>
    <message>
        <source>the written shapefile cannot be read back</source>
        <translation>写出的 Shapefile 无法读回</translation>
    </message>
    <message>
        <source>cannot write the field-name map: %1</source>
        <translation>无法写入字段名对照表：%1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was written</source>
        <translation>%1：%2；未写入任何内容</translation>
    </message>
</context>
<context>
    <name>FeatureConverter</name>
    <message>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>线</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>面</translation>
    </message>
    <message>
        <source>%1: the header claims %2 bytes but the file has %3 (truncated or damaged); nothing was imported</source>
        <translation>%1：文件头声明 %2 字节，但文件只有 %3 字节（被截断或已损坏）；未导入任何数据</translation>
    </message>
    <message>
        <source>%1: the attribute table (.dbf) claims %2 records (%3 bytes) but the file has %4 bytes (truncated or damaged); nothing was imported</source>
        <translation>%1：属性表（.dbf）声明 %2 条记录（%3 字节），但文件只有 %4 字节（被截断或已损坏）；未导入任何数据</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; needs a value</source>
        <translation>字段“%1”必须有值</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; value &apos;%2&apos; is not %3 (column &apos;%4&apos;)</source>
        <translation>字段“%1”的值“%2”不是%3（目标列“%4”）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值（真/假）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>有限数值</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation>日期时间（ISO 8601）</translation>
    </message>
    <message>
        <source>empty geometry</source>
        <translation>空几何</translation>
    </message>
    <message>
        <source>unsupported geometry</source>
        <translation>不支持的几何类型</translation>
    </message>
    <message>
        <source>geometry is a %1; layer %2 holds %3</source>
        <translation>几何为%1；图层 %2 只接受%3</translation>
    </message>
    <message>
        <source>a value ending near character %1 is longer than the GeoJSON reader accepts (10 million characters); shorten it, or convert the file to GeoPackage</source>
        <translation>在第 %1 个字符附近结束的值超过了 GeoJSON 读取器可接受的长度（1000 万个字符）；请缩短该值，或将文件转换为 GeoPackage</translation>
    </message>
    <message>
        <source>%1: the attribute table %2 is missing; a shapefile without its .dbf has no attributes. Put the .dbf next to the .shp; nothing was imported</source>
        <translation>%1：缺少属性表 %2；shapefile 缺少 .dbf 文件就没有属性。请将 .dbf 文件放在 .shp 文件旁；未导入任何内容</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; holds a whole number beyond the 64-bit range (read as %2; column &apos;%3&apos;)</source>
        <translation>字段 &apos;%1&apos; 中的整数超出 64 位范围（读取为 %2；列 &apos;%3&apos;）</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not UTF-8 text: give the file&apos;s encoding with --encoding (such as GBK)</source>
        <translation>字段 &apos;%1&apos; 不是 UTF-8 文本：请用 --encoding 指定文件编码（如 GBK）</translation>
    </message>
    <message>
        <source>%1 (--make-valid repairs it)</source>
        <translation>%1（可用 --make-valid 修复）</translation>
    </message>
    <message>
        <source>coordinates %1 cannot be transformed from %2 to WGS84 (outside the coordinate system&apos;s range?)</source>
        <translation>坐标 %1 无法从 %2 转换到 WGS84（超出坐标系范围？）</translation>
    </message>
    <message>
        <source>coordinates %1 are not longitude/latitude and the file has no CRS: give the source CRS (--src-crs)</source>
        <translation>坐标 %1 不是经纬度，且文件未指定 CRS：请用 --src-crs 指定源 CRS</translation>
    </message>
    <message>
        <source>coordinates %1 are outside longitude -180..180, latitude -90..90</source>
        <translation>坐标 %1 超出经度 -180..180、纬度 -90..90 的范围</translation>
    </message>
    <message>
        <source>coordinates %1 in %2 fall outside longitude/latitude after reprojection</source>
        <translation>%2 中的坐标 %1 重投影后超出经纬度范围</translation>
    </message>
    <message>
        <source>coordinates %1 lie at longitude %2, latitude %3, outside the area where %4 is valid (longitude %5..%6, latitude %7..%8): check the source CRS</source>
        <translation>坐标 %1 位于经度 %2、纬度 %3，超出 %4 的有效范围（经度 %5..%6，纬度 %7..%8）：请检查源 CRS</translation>
    </message>
    <message>
        <source>%1: --map-value %2: layer %3 has no text column &apos;%2&apos;</source>
        <translation>%1：--map-value %2：图层 %3 中没有文本列 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --map-value %2:…=%3: &apos;%3&apos; is not a code of column &apos;%2&apos; (codes: %4)</source>
        <translation>%1：--map-value %2:…=%3：&apos;%3&apos; 不是列 &apos;%2&apos; 的代码（可用代码：%4）</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; value &apos;%2&apos; has no code in column &apos;%3&apos; (codes: %4); map it with --map-value %3:%2=CODE</source>
        <translation>字段 &apos;%1&apos; 的值 &apos;%2&apos; 在列 &apos;%3&apos; 中没有对应代码（可用代码：%4）；请用 --map-value %3:%2=CODE 进行映射</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; holds a whole number beyond the 64-bit range (read as %2)</source>
        <translation>字段 &apos;%1&apos; 中的整数超出 64 位范围（读取为 %2）</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds binary data and cannot be imported into</source>
        <translation>列“%1”存放二进制数据，不能导入</translation>
    </message>
    <message>
        <source>coordinates %1 look like longitude/latitude, but %2 is a projected coordinate system (metres): check the source CRS</source>
        <translation>坐标 %1 看起来是经纬度，但 %2 是投影坐标系（单位为米）：请检查源坐标系</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n feature(s))</source>
        <translation>
            <numerusform>%1（%n 个要素）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2 layers: %3. Name the one to import (--src-layer NAME, or the layer list of the import dialog); nothing was imported</source>
        <translation>%1 含有 %2 个图层：%3。请指定要导入的图层（--src-layer 图层名，或在导入对话框的图层列表中选择）；未导入任何数据</translation>
    </message>
</context>
<context>
    <name>FloodLayers</name>
    <message>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Flood defences</source>
        <translation>防汛设施</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>应急作战</translation>
    </message>
    <message>
        <source>District boundary</source>
        <translation>区界</translation>
    </message>
    <message>
        <source>City blocks</source>
        <translation>街坊</translation>
    </message>
    <message>
        <source>River and creek</source>
        <translation>江河水系</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Underground spaces</source>
        <translation>地下空间</translation>
    </message>
    <message>
        <source>Construction sites</source>
        <translation>在建工地</translation>
    </message>
    <message>
        <source>Flood walls</source>
        <translation>防汛墙</translation>
    </message>
    <message>
        <source>Waterlogging-prone roads</source>
        <translation>易积水道路</translation>
    </message>
    <message>
        <source>Flood gates</source>
        <translation>防汛闸门</translation>
    </message>
    <message>
        <source>Rooftop greenery</source>
        <translation>屋顶绿化</translation>
    </message>
    <message>
        <source>Hazard points</source>
        <translation>隐患点</translation>
    </message>
    <message>
        <source>Pumping stations</source>
        <translation>泵站</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Supplies warehouse</source>
        <translation>物资仓库</translation>
    </message>
    <message>
        <source>Gauges and sensors</source>
        <translation>监测站点</translation>
    </message>
    <message>
        <source>Rescue teams</source>
        <translation>抢险队伍</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Road class</source>
        <translation>道路等级</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>车道数</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>面积（平方公里）</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <source>Crest elevation (m)</source>
        <translation>墙顶高程（米）</translation>
    </message>
    <message>
        <source>Design tide level (m)</source>
        <translation>设计潮位（米）</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Year built</source>
        <translation>建成年份</translation>
    </message>
    <message>
        <source>Flood wall</source>
        <translation>防汛墙</translation>
    </message>
    <message>
        <source>Width (m)</source>
        <translation>宽度（米）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last operated</source>
        <translation>最近启闭</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Historical max depth (cm)</source>
        <translation>历史最大积水深度（厘米）</translation>
    </message>
    <message>
        <source>Last waterlogging</source>
        <translation>最近积水</translation>
    </message>
    <message>
        <source>Low point elevation (m)</source>
        <translation>低点高程（米）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tall trees</source>
        <translation>高大乔木</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation>出入口</translation>
    </message>
    <message>
        <source>Flood barriers</source>
        <translation>挡水板</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Tower cranes</source>
        <translation>塔吊</translation>
    </message>
    <message>
        <source>Deep foundation pit</source>
        <translation>深基坑</translation>
    </message>
    <message>
        <source>Capacity (m³/s)</source>
        <translation>排水能力（立方米/秒）</translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation>水泵台数</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营单位</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>容量（人）</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>已安置</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Kinds of supplies</source>
        <translation>物资种类</translation>
    </message>
    <message>
        <source>Items in stock</source>
        <translation>库存件数</translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <source>Alarm threshold</source>
        <translation>报警阈值</translation>
    </message>
    <message>
        <source>Road section</source>
        <translation>路段</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>装备</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主干路</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>次干路</translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation>支路</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>居住</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>High</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Needs pruning</source>
        <translation>需修剪</translation>
    </message>
    <message>
        <source>Needs bracing</source>
        <translation>需加固</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>待命</translation>
    </message>
    <message>
        <source>Rain gauge</source>
        <translation>雨量站</translation>
    </message>
    <message>
        <source>Tide gauge</source>
        <translation>潮位站</translation>
    </message>
    <message>
        <source>Waterlogging sensor</source>
        <translation>积水监测点</translation>
    </message>
    <message>
        <source>Riverside area</source>
        <translation>滨江区域</translation>
    </message>
    <message>
        <source>Tourist area</source>
        <translation>旅游景区</translation>
    </message>
    <message>
        <source>Old town</source>
        <translation>老城厢</translation>
    </message>
    <message>
        <source>High-rise building</source>
        <translation>高层建筑</translation>
    </message>
    <message>
        <source>Underground space</source>
        <translation>地下空间</translation>
    </message>
    <message>
        <source>Construction site</source>
        <translation>在建工地</translation>
    </message>
    <message>
        <source>Land-expropriation plot</source>
        <translation>征收地块</translation>
    </message>
    <message>
        <source>Building facade</source>
        <translation>建筑外立面</translation>
    </message>
    <message>
        <source>Shop sign</source>
        <translation>店招店牌</translation>
    </message>
    <message>
        <source>Rooftop</source>
        <translation>屋顶</translation>
    </message>
    <message>
        <source>Podium roof</source>
        <translation>裙房屋面</translation>
    </message>
    <message>
        <source>Underground garage</source>
        <translation>地下车库</translation>
    </message>
    <message>
        <source>Underground mall</source>
        <translation>地下商场</translation>
    </message>
    <message>
        <source>Metro station</source>
        <translation>地铁站</translation>
    </message>
    <message>
        <source>Civil-defence works</source>
        <translation>人防工程</translation>
    </message>
    <message>
        <source>Drainage</source>
        <translation>排水</translation>
    </message>
    <message>
        <source>Fire and rescue</source>
        <translation>消防救援</translation>
    </message>
    <message>
        <source>Greenery</source>
        <translation>绿化</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商业</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>公园绿地</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公共设施</translation>
    </message>
    <message>
        <source>Historic</source>
        <translation>历史风貌</translation>
    </message>
    <message>
        <source>River</source>
        <translation>江河</translation>
    </message>
    <message>
        <source>Creek</source>
        <translation>河道</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Residential road</source>
        <translation>街巷</translation>
    </message>
    <message>
        <source>Tertiary road</source>
        <translation>支路</translation>
    </message>
    <message>
        <source>Secondary road</source>
        <translation>次干路</translation>
    </message>
    <message>
        <source>Primary road</source>
        <translation>主干路</translation>
    </message>
    <message>
        <source>Historical max &lt; 25 cm</source>
        <translation>历史最大 &lt; 25 厘米</translation>
    </message>
    <message>
        <source>Historical max 25–40 cm</source>
        <translation>历史最大 25–40 厘米</translation>
    </message>
    <message>
        <source>Historical max ≥ 40 cm</source>
        <translation>历史最大 ≥ 40 厘米</translation>
    </message>
    <message>
        <source>Gate open</source>
        <translation>闸门开启</translation>
    </message>
    <message>
        <source>Gate closed</source>
        <translation>闸门关闭</translation>
    </message>
    <message>
        <source>Greenery OK</source>
        <translation>绿化正常</translation>
    </message>
    <message>
        <source>Low severity</source>
        <translation>低风险隐患</translation>
    </message>
    <message>
        <source>Medium severity</source>
        <translation>一般隐患</translation>
    </message>
    <message>
        <source>High severity</source>
        <translation>较大隐患</translation>
    </message>
    <message>
        <source>Major hazard</source>
        <translation>重大隐患</translation>
    </message>
    <message>
        <source>Not rectified</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Extra attributes (from the source file)</source>
        <translation>附加属性（来自源文件）</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>无读数</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Blue level</source>
        <translation>蓝色级别</translation>
    </message>
    <message>
        <source>Yellow level</source>
        <translation>黄色级别</translation>
    </message>
    <message>
        <source>Orange level</source>
        <translation>橙色等级</translation>
    </message>
    <message>
        <source>Red level</source>
        <translation>红色等级</translation>
    </message>
    <message>
        <source>Freeboard &lt; %1 m (red)</source>
        <translation>超高 &lt; %1 米（红色）</translation>
    </message>
    <message>
        <source>Freeboard %1–%2 m (orange)</source>
        <translation>超高 %1–%2 米（橙色）</translation>
    </message>
    <message>
        <source>Freeboard %1–%2 m (watched)</source>
        <translation>超高 %1–%2 米（关注）</translation>
    </message>
    <message>
        <source>Freeboard ≥ %1 m</source>
        <translation>超高 ≥ %1 米</translation>
    </message>
    <message>
        <source>No depth known</source>
        <translation>积水深度未知</translation>
    </message>
    <message>
        <source>Slowed (from %1 cm)</source>
        <translation>减速通行（%1 厘米起）</translation>
    </message>
    <message>
        <source>Closed (from %1 cm)</source>
        <translation>封闭（%1 厘米起）</translation>
    </message>
    <message>
        <source>Found, not yet assigned</source>
        <translation>已发现，待交办</translation>
    </message>
    <message>
        <source>Assigned for rectification</source>
        <translation>已交办整改</translation>
    </message>
    <message>
        <source>Awaiting check</source>
        <translation>待验收</translation>
    </message>
    <message>
        <source>Shelter empty</source>
        <translation>安置点空置</translation>
    </message>
    <message>
        <source>Shelter under half full</source>
        <translation>安置点入住不足一半</translation>
    </message>
    <message>
        <source>Shelter half full or more</source>
        <translation>安置点入住过半</translation>
    </message>
    <message>
        <source>Shelter 90% full or more</source>
        <translation>安置点入住 90% 以上</translation>
    </message>
    <message>
        <source>Shelter full</source>
        <translation>安置点已满</translation>
    </message>
    <message>
        <source>Low severity, overdue</source>
        <translation>低风险，已逾期</translation>
    </message>
    <message>
        <source>Medium severity, overdue</source>
        <translation>一般风险，已逾期</translation>
    </message>
    <message>
        <source>High severity, overdue</source>
        <translation>较大风险，已逾期</translation>
    </message>
    <message>
        <source>Major hazard, overdue</source>
        <translation>重大隐患，已逾期</translation>
    </message>
</context>
<context>
    <name>ForecastDepthLayer</name>
    <message>
        <source>2–10 cm (forecast)</source>
        <translation>2–10 厘米（预报）</translation>
    </message>
    <message>
        <source>10–15 cm (forecast)</source>
        <translation>10–15 厘米（预报）</translation>
    </message>
    <message>
        <source>15–25 cm (forecast)</source>
        <translation>15–25 厘米（预报）</translation>
    </message>
    <message>
        <source>25–50 cm (forecast)</source>
        <translation>25–50 厘米（预报）</translation>
    </message>
    <message>
        <source>over 50 cm (forecast)</source>
        <translation>50 厘米以上（预报）</translation>
    </message>
</context>
<context>
    <name>GeometryCheck</name>
    <message>
        <source>part %1: </source>
        <translation>第 %1 部分：</translation>
    </message>
    <message>
        <source>a line with %1 point (a line needs at least 2)</source>
        <translation>线只有 %1 个点（线至少需要 2 个点）</translation>
    </message>
    <message>
        <source>a line whose points are all the same (it has no length)</source>
        <translation>线的所有点均相同（长度为零）</translation>
    </message>
    <message>
        <source>outer ring</source>
        <translation>外环</translation>
    </message>
    <message>
        <source>hole %1</source>
        <translation>内环 %1</translation>
    </message>
    <message>
        <source>%1 has %2 points (a ring needs at least 4, the last repeating the first)</source>
        <translation>%1 只有 %2 个点（环至少需要 4 个点，且最后一个点须与第一个点相同）</translation>
    </message>
    <message>
        <source>%1 is not closed (its last point differs from its first)</source>
        <translation>%1 未闭合（最后一个点与第一个点不同）</translation>
    </message>
    <message>
        <source>self-intersecting or otherwise invalid (for example a bow-tie polygon)</source>
        <translation>自相交或存在其他无效情况（例如蝴蝶结形多边形）</translation>
    </message>
    <message>
        <source>a coordinate is not a finite number (NaN or infinity)</source>
        <translation>存在非有限数值的坐标（NaN 或无穷大）</translation>
    </message>
    <message>
        <source>invalid geometry: %1</source>
        <translation>无效几何：%1</translation>
    </message>
    <message>
        <source>a coordinate is not a finite number (NaN or infinity); it cannot be repaired</source>
        <translation>存在非有限数值的坐标（NaN 或无穷大）；无法修复</translation>
    </message>
    <message>
        <source>cannot be repaired: %1</source>
        <translation>无法修复：%1</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>chosen by you</source>
        <translation>由您选择</translation>
    </message>
    <message>
        <source>saved mapping</source>
        <translation>已保存的映射</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>同名</translation>
    </message>
    <message>
        <source>same name, other case</source>
        <translation>同名（大小写不同）</translation>
    </message>
    <message>
        <source>shapefile&apos;s 10-character name</source>
        <translation>shapefile 的 10 字符名称</translation>
    </message>
    <message>
        <source>synonym</source>
        <translation>同义词</translation>
    </message>
    <message>
        <source>kept as an extra attribute</source>
        <translation>保留为附加属性</translation>
    </message>
    <message>
        <source>not imported, as you chose</source>
        <translation>未导入（按您的选择）</translation>
    </message>
    <message>
        <source>the format&apos;s own field, not data</source>
        <translation>格式自带的字段，而非数据</translation>
    </message>
    <message>
        <source>--map-value &apos;%1&apos;: expected column:from=to (such as severity:重大=major)</source>
        <translation>--map-value &apos;%1&apos;：格式应为 列:原值=新值（例如 severity:重大=major）</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>feature %1 (fid %2)</source>
        <translation>第 %1 个要素（fid %2）</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>第 %1 个要素</translation>
    </message>
    <message>
        <source>unknown layer kind &apos;%1&apos; (kinds: %2)</source>
        <translation>未知图层类型“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>--map &apos;%1&apos;: expected source_field=column</source>
        <translation>--map “%1”：格式应为 源字段=目标列</translation>
    </message>
    <message>
        <source>none (taken as EPSG:4326)</source>
        <translation>无（按 EPSG:4326 处理）</translation>
    </message>
    <message>
        <source>%1: the store is busy: %2</source>
        <translation>%1：数据库忙：%2</translation>
    </message>
    <message>
        <source>%1: the store has no table %2</source>
        <translation>%1：数据库中没有数据表 %2</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was imported</source>
        <translation>%1：导入已取消；未导入任何数据</translation>
    </message>
    <message>
        <source>%1: reading stopped at %2: %3; nothing was imported</source>
        <translation>%1：读取在 %2 处中断：%3；未导入任何数据</translation>
    </message>
    <message>
        <source>%1: %2: %3; nothing was imported</source>
        <translation>%1：%2：%3；未导入任何数据</translation>
    </message>
    <message>
        <source>%1: the file declares %2 features but %3 could be read (truncated or damaged); nothing was imported</source>
        <translation>%1：文件声明有 %2 个要素，但只能读取 %3 个（被截断或已损坏）；未导入任何数据</translation>
    </message>
    <message>
        <source>extra attributes</source>
        <translation>附加属性</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; %3 [%4]</source>
        <translation>%1（%2）-&gt; %3 [%4]</translation>
    </message>
    <message>
        <source>the store %1: the disk is full; nothing was imported</source>
        <translation>数据库 %1：磁盘已满；未导入任何内容</translation>
    </message>
    <message>
        <source>the store %1 is read-only; nothing was imported</source>
        <translation>数据库 %1 为只读；未导入任何内容</translation>
    </message>
    <message>
        <source>the store %1: %2; nothing was imported</source>
        <translation>数据库 %1：%2；未导入任何内容</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>%1: %2 is not a folder</source>
        <translation>%1：%2 不是文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write in the folder %2 (permission denied or read-only)</source>
        <translation>%1：无法写入文件夹 %2（权限不足或为只读）</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary folder in %2: %3%4</source>
        <translation>%1：无法在 %2 中创建临时文件夹：%3%4</translation>
    </message>
    <message>
        <source>internal error: output not started</source>
        <translation>内部错误：输出尚未开始</translation>
    </message>
    <message>
        <source>%1: cannot write to disk: %2%3; nothing was written</source>
        <translation>%1：无法写入磁盘：%2%3；未写入任何内容</translation>
    </message>
    <message>
        <source>%1: the writer produced no file; nothing was written</source>
        <translation>%1：写入程序未生成文件；未写入任何内容</translation>
    </message>
    <message>
        <source>%1: cannot move the finished file into place (%2); nothing was written</source>
        <translation>%1：无法将已完成的文件移动到目标位置（%2）；未写入任何内容</translation>
    </message>
    <message>
        <source>it exists now</source>
        <translation>现已存在</translation>
    </message>
    <message>
        <source>rename failed</source>
        <translation>重命名失败</translation>
    </message>
    <message>
        <source>%1: the file name has no extension: name it .png or .jpg</source>
        <translation>%1：文件名没有扩展名：请命名为 .png 或 .jpg</translation>
    </message>
    <message>
        <source>%1: cannot write images as &apos;.%2&apos;: name it .png or .jpg</source>
        <translation>%1：无法将图像写为 &apos;.%2&apos; 格式：请命名为 .png 或 .jpg</translation>
    </message>
    <message>
        <source>%1: nothing to save (the image is empty)</source>
        <translation>%1：没有可保存的内容（图像为空）</translation>
    </message>
    <message>
        <source>%1: is a folder</source>
        <translation>%1：是文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write: %2%3</source>
        <translation>%1：无法写入：%2%3</translation>
    </message>
    <message>
        <source>%1: cannot write: %2%3; nothing was written</source>
        <translation>%1：无法写入：%2%3；未写入任何内容</translation>
    </message>
    <message>
        <source> (the disk %1 is read-only)</source>
        <translation>（磁盘 %1 为只读）</translation>
    </message>
    <message>
        <source> (disk full: %1 KB free on %2)</source>
        <translation>（磁盘已满：%2 上仅剩 %1 KB 可用空间）</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, pipe, folder or broken link); nothing was written</source>
        <translation>%1：不是普通文件（设备、管道、文件夹或失效链接）；未写入任何内容</translation>
    </message>
    <message>
        <source>%1: is the file being read (%2); write to another file</source>
        <translation>%1：是正在读取的文件（%2）；请写入其他文件</translation>
    </message>
    <message>
        <source>%1: is an operation store; an export never replaces one (write to another file)</source>
        <translation>%1：是行动数据库；导出永远不会覆盖它（请写入其他文件）</translation>
    </message>
    <message>
        <source>%1: already exists; choose a new file (or --overwrite to replace it)</source>
        <translation>%1：已存在；请选择新文件（或用 --overwrite 覆盖）</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; refusing to write over it</source>
        <translation>%1 是%2，不是普通文件；拒绝覆盖写入</translation>
    </message>
    <message>
        <source>removed %1 left by an interrupted export</source>
        <translation>已删除被中断的导出遗留的 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not a server address: expected postgresql://user@host:port/database</source>
        <translation>不是服务器地址：格式应为 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
</context>
<context>
    <name>ResponsePlan</name>
    <message>
        <source>the plan is not a JSON object (%1 at offset %2)</source>
        <translation>预案不是 JSON 对象（偏移量 %2 处：%1）</translation>
    </message>
    <message>
        <source>the plan has no code or title</source>
        <translation>预案缺少代码或标题</translation>
    </message>
    <message>
        <source>mapping entry %1: unknown kind, colour or level (%2 %3 -&gt; %4)</source>
        <translation>映射条目 %1：未知的种类、颜色或等级（%2 %3 -&gt; %4）</translation>
    </message>
    <message>
        <source>unknown response level &apos;%1&apos;</source>
        <translation>未知的响应等级 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>level %1, item %2: needs a code, a task and due_minutes &gt;= 0</source>
        <translation>等级 %1，第 %2 项：须有代码、任务，且 due_minutes &gt;= 0</translation>
    </message>
    <message>
        <source>typhoon proposal %1: needs a colour, a circle (7, 10 or 12) and within_hours (0..240)</source>
        <translation>台风预警建议规则 %1：需要颜色、风圈等级（7、10 或 12）和 within_hours（0..240）</translation>
    </message>
</context>
<context>
    <name>SituationSummary</name>
    <message>
        <source>Situation at a glance</source>
        <translation>态势概览</translation>
    </message>
    <message>
        <source>Water level used (Huangpu Park)</source>
        <translation>采用水位（黄浦公园）</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>Lowest flood-wall freeboard</source>
        <translation>防汛墙最小超高</translation>
    </message>
    <message>
        <source>%1 m (%2)</source>
        <translation>%1 米（%2）</translation>
    </message>
    <message>
        <source>Flood gates open</source>
        <translation>开启的防汛闸门</translation>
    </message>
    <message>
        <source>Open hazards (major / high)</source>
        <translation>未整改隐患（重大 / 较大）</translation>
    </message>
    <message>
        <source>Hazards past their deadline</source>
        <translation>逾期未整改隐患</translation>
    </message>
    <message>
        <source>Shelter places free</source>
        <translation>安置点空余床位</translation>
    </message>
    <message>
        <source>Rescue teams on standby</source>
        <translation>待命抢险队伍</translation>
    </message>
    <message>
        <source>Click a feature on the map to see its attributes.</source>
        <translation>点击地图上的要素查看属性。</translation>
    </message>
    <message>
        <source>Wall segments with freeboard &lt; %1 m (orange)</source>
        <translation>超高低于 %1 米的墙段（橙色）</translation>
    </message>
    <message>
        <source>of them &lt; %1 m (red)</source>
        <translation>其中低于 %1 米（红色）</translation>
    </message>
</context>
<context>
    <name>SourceEncoding</name>
    <message>
        <source>plain ASCII text</source>
        <translation>纯 ASCII 文本</translation>
    </message>
    <message>
        <source>detected: the text is valid UTF-8</source>
        <translation>检测结果：文本为有效的 UTF-8</translation>
    </message>
    <message>
        <source>detected: the text is not UTF-8, read as GB18030 (covers GBK and GB2312)</source>
        <translation>检测结果：文本不是 UTF-8，按 GB18030 读取（兼容 GBK 和 GB2312）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;: name one such as UTF-8, GBK, GB18030, Big5 or CP936 (`iconv -l` lists every name this system knows)</source>
        <translation>未知编码 &apos;%1&apos;：请指定编码名称，如 UTF-8、GBK、GB18030、Big5 或 CP936（`iconv -l` 可列出本系统支持的所有名称）</translation>
    </message>
    <message>
        <source>given with --encoding</source>
        <translation>由 --encoding 指定</translation>
    </message>
    <message>
        <source>%1, declared in the .cpg file</source>
        <translation>%1，由 .cpg 文件声明</translation>
    </message>
    <message>
        <source>from the .dbf language driver byte 0x%1 (no .cpg file)</source>
        <translation>根据 .dbf 语言驱动字节 0x%1 判断（无 .cpg 文件）</translation>
    </message>
    <message>
        <source>no .cpg file, no language driver byte; </source>
        <translation>无 .cpg 文件，也无语言驱动字节；</translation>
    </message>
    <message>
        <source>UTF-8 byte order mark</source>
        <translation>UTF-8 字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>UTF-8 (as the format specifies)</source>
        <translation>UTF-8（格式规定）</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>%1: not registered in gpkg_geometry_columns</source>
        <translation>%1：未在 gpkg_geometry_columns 中登记</translation>
    </message>
    <message>
        <source>%1: registered as %2 in SRS %3, expected %4 in EPSG:4326</source>
        <translation>%1：登记为坐标系 %3 下的 %2，应为 EPSG:4326 下的 %4</translation>
    </message>
    <message>
        <source>%1: R-tree extension not registered</source>
        <translation>%1：未登记 R 树空间索引扩展</translation>
    </message>
    <message>
        <source>%1: R-tree triggers missing</source>
        <translation>%1：缺少 R 树触发器</translation>
    </message>
    <message>
        <source>%1 row %2: geometry is not a GeoPackage geometry blob</source>
        <translation>%1 第 %2 行：几何不是 GeoPackage 几何格式</translation>
    </message>
    <message>
        <source>%1 row %2: geometry in SRS %3, expected 4326</source>
        <translation>%1 第 %2 行：几何坐标系为 %3，应为 4326</translation>
    </message>
    <message>
        <source>%1 row %2: geometry type %3, the layer holds %4</source>
        <translation>%1 第 %2 行：几何类型为 %3，图层只接受 %4</translation>
    </message>
    <message>
        <source>%1: %2 geometries but %3 entries in the spatial index</source>
        <translation>%1：有 %2 个几何，但空间索引中有 %3 条</translation>
    </message>
    <message>
        <source>%1 row %2: spatial index entry missing or wrong</source>
        <translation>%1 第 %2 行：空间索引条目缺失或错误</translation>
    </message>
    <message>
        <source>schema version %1; opening it in FloodCommand migrates it to %2</source>
        <translation>数据结构版本 %1；在 FloodCommand 中打开时将升级到 %2</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite 完整性：%1</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation>SQLite 完整性检查失败：%1</translation>
    </message>
    <message>
        <source>application_id is not &apos;GPKG&apos;</source>
        <translation>application_id 不是“GPKG”</translation>
    </message>
    <message>
        <source>user_version is not a GeoPackage 1.2+ version</source>
        <translation>user_version 不是 GeoPackage 1.2 及以上版本</translation>
    </message>
    <message>
        <source>GeoPackage table %1 is missing</source>
        <translation>缺少 GeoPackage 数据表 %1</translation>
    </message>
    <message>
        <source>gpkg_spatial_ref_sys lacks the required SRS %1</source>
        <translation>gpkg_spatial_ref_sys 缺少必需的坐标系 %1</translation>
    </message>
    <message>
        <source>gpkg_contents lists %1, which does not exist</source>
        <translation>gpkg_contents 列出了不存在的 %1</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>缺少数据表 %1</translation>
    </message>
    <message>
        <source>%1: registered in gpkg_contents as &apos;%2&apos;</source>
        <translation>%1：在 gpkg_contents 中登记为“%2”</translation>
    </message>
    <message>
        <source>%1: column %2 is missing</source>
        <translation>%1：缺少字段 %2</translation>
    </message>
    <message>
        <source>audit_log is not protected against updates and deletes</source>
        <translation>审计日志未设置防修改、防删除保护</translation>
    </message>
    <message>
        <source>orphan row: %1 row %2 refers to a missing %3 row</source>
        <translation>孤立记录：%1 第 %2 行引用了不存在的 %3 记录</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2 invalid geometries in all (first %3 listed)</source>
        <translation>%1：共有 %2 个无效几何（列出前 %3 个）</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>cancelled; the destination was not changed</source>
        <translation>已取消；目标未作更改</translation>
    </message>
    <message>
        <source>%1: %2; the destination was not changed</source>
        <translation>%1：%2；目标未作更改</translation>
    </message>
    <message>
        <source>%1 already exists; add --replace to overwrite it</source>
        <translation>%1 已存在；如需覆盖，请加上 --replace</translation>
    </message>
    <message>
        <source>%1; the destination was not changed</source>
        <translation>%1；目标未被更改</translation>
    </message>
    <message>
        <source>%1 and %2 are the same operation; nothing was copied</source>
        <translation>%1 与 %2 是同一个行动库；未复制任何内容</translation>
    </message>
    <message>
        <source>%1 is open in another program (process %2); close it there before replacing it</source>
        <translation>%1 正在被另一个程序（进程 %2）打开；请先在那里关闭再替换</translation>
    </message>
    <message>
        <source>removed %1 left by an interrupted copy</source>
        <translation>已删除被中断的复制遗留的 %1</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>无法将 %1 重命名为 %2：%3</translation>
    </message>
</context>
<context>
    <name>StoreDeleteCommand</name>
    <message>
        <source>Delete %1 row</source>
        <translation>删除 %1 记录</translation>
    </message>
</context>
<context>
    <name>StoreEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Edit %1 row</source>
        <translation>编辑 %1 记录</translation>
    </message>
</context>
<context>
    <name>StoreFile</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1：找不到文件</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: is %2, not a data file; nothing was read</source>
        <translation>%1：是%2，不是数据文件；未读取任何内容</translation>
    </message>
    <message>
        <source>%1: not a FloodCommand operation store: it starts like an SQLite database but SQLite cannot read it (SQLite says: %2): damaged, or not a database; the file was not changed</source>
        <translation>%1：不是 FloodCommand 行动数据库：文件开头与 SQLite 数据库相同，但 SQLite 无法读取（SQLite 提示：%2）：文件已损坏或不是数据库；文件未作更改</translation>
    </message>
    <message>
        <source>%1: the store is damaged (SQLite says: %2); the file was not changed</source>
        <translation>%1：数据库已损坏（SQLite 提示：%2）；文件未作更改</translation>
    </message>
    <message>
        <source>%1: the disk is full (SQLite says: %2)%3</source>
        <translation>%1：磁盘已满（SQLite 提示：%2）%3</translation>
    </message>
    <message>
        <source>%1: another program holds the store locked (SQLite says: %2)</source>
        <translation>%1：数据库已被其他程序锁定（SQLite 提示：%2）</translation>
    </message>
    <message>
        <source>%1: cannot be read because the folder %2 is not writable: SQLite must create %3-shm and %3-wal next to the store (SQLite says: %4)</source>
        <translation>%1：文件夹 %2 不可写，无法读取：SQLite 必须在数据库旁创建 %3-shm 和 %3-wal（SQLite 提示：%4）</translation>
    </message>
    <message>
        <source>%1: cannot be read because the disk is full (%2 KB free on %3; SQLite needs room for %4-shm) (SQLite says: %5)</source>
        <translation>%1：磁盘已满，无法读取（%3 上仅剩 %2 KB 可用空间；SQLite 需要空间创建 %4-shm）（SQLite 提示：%5）</translation>
    </message>
    <message>
        <source>%1: cannot be read (SQLite says: %2)</source>
        <translation>%1：无法读取（SQLite 提示：%2）</translation>
    </message>
    <message>
        <source>%1: not a FloodCommand operation store (not an SQLite database); the file was not changed</source>
        <translation>%1：不是 FloodCommand 行动数据库（不是 SQLite 数据库）；文件未作更改</translation>
    </message>
    <message>
        <source>%1: an SQLite database but not a FloodCommand operation store; the file was not changed</source>
        <translation>%1：是 SQLite 数据库，但不是 FloodCommand 行动数据库；文件未作更改</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: not a valid store: its application_id is %2, not &apos;GPKG&apos; (damaged, or changed by another program); the file was not changed</source>
        <translation>%1：不是有效的数据库：其 application_id 为 %2，而不是 &apos;GPKG&apos;（已损坏，或被其他程序修改）；文件未作更改</translation>
    </message>
    <message>
        <source>%1: not a valid store: its user_version %2 is not a GeoPackage 1.2+ version (damaged, or changed by another program); the file was not changed</source>
        <translation>%1：不是有效的数据库：其 user_version %2 不是 GeoPackage 1.2 及以上版本（已损坏，或被其他程序修改）；文件未作更改</translation>
    </message>
    <message>
        <source>%1: not a valid store: GeoPackage or FloodCommand core tables are missing (damaged?); the file was not changed</source>
        <translation>%1：不是有效的数据库：缺少 GeoPackage 或 FloodCommand 核心表（可能已损坏？）；文件未作更改</translation>
    </message>
    <message>
        <source>%1: not a valid store: schema version %2 is not a whole number from 1 on (damaged?); the file was not changed</source>
        <translation>%1：不是有效的数据库：架构版本 %2 不是大于或等于 1 的整数（可能已损坏？）；文件未作更改</translation>
    </message>
    <message>
        <source>%1: a FloodCommand store without a schema version (damaged?); the file was not changed</source>
        <translation>%1：FloodCommand 数据库缺少架构版本（可能已损坏？）；文件未作更改</translation>
    </message>
    <message>
        <source>%1: not a valid store: schema version %2 was never written by FloodCommand (damaged?); the file was not changed</source>
        <translation>%1：不是有效的数据库：架构版本 %2 并非由 FloodCommand 写入（可能已损坏？）；文件未作更改</translation>
    </message>
    <message>
        <source>%1: written by a newer FloodCommand (schema version %2; this version reads up to %3). Open it with a newer FloodCommand; the file was not changed.</source>
        <translation>%1：由较新版本的 FloodCommand 写入（架构版本 %2；当前版本最高可读取 %3）。请使用较新版本的 FloodCommand 打开；文件未作更改。</translation>
    </message>
    <message>
        <source>%1: the store is on a read-only disk; copy it to a writable folder to work on it</source>
        <translation>%1：数据库位于只读磁盘上；请将其复制到可写文件夹后再操作</translation>
    </message>
    <message>
        <source>%1: the store file is read-only (%2); make it writable or work on a copy</source>
        <translation>%1：数据库文件为只读（%2）；请将其设为可写，或在副本上操作</translation>
    </message>
    <message>
        <source>%1: the folder %2 is not writable; the store needs to create its -wal and -shm files there</source>
        <translation>%1：文件夹 %2 不可写；数据库需要在其中创建 -wal 和 -shm 文件</translation>
    </message>
    <message>
        <source>%1: changes not yet folded into the file wait in %2-wal, and the folder %3 cannot be written: open it once where it can be written (or copy the store with floodctl copy) before reading it here; the file was not changed</source>
        <translation>%1：尚未合并进文件的更改保存在 %2-wal 中，而文件夹 %3 不可写：请先在可写的位置打开一次（或用 floodctl copy 复制数据库），再在此读取；文件未被改动</translation>
    </message>
</context>
<context>
    <name>StoreInsertCommand</name>
    <message>
        <source>Add %1 row</source>
        <translation>新增 %1 记录</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>偏移量 %1 处的 JSON 格式错误：%2</translation>
    </message>
    <message>
        <source>JSON body must be an array of readings or {&quot;readings&quot;: [...]}</source>
        <translation>JSON 正文必须是读数数组或 {&quot;readings&quot;: [...]}</translation>
    </message>
    <message>
        <source>unknown sensor &apos;%1&apos;</source>
        <translation>未知的传感器 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>time &apos;%1&apos;: %2</source>
        <translation>时间 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>value is not a number</source>
        <translation>值不是数字</translation>
    </message>
</context>
<context>
    <name>WarningActions</name>
    <message>
        <source>unknown signal kind &apos;%1&apos; (known: %2)</source>
        <translation>未知的信号种类 &apos;%1&apos;（已知种类：%2）</translation>
    </message>
    <message>
        <source>unknown signal colour &apos;%1&apos; (blue, yellow, orange, red)</source>
        <translation>未知的信号颜色 &apos;%1&apos;（blue、yellow、orange、red）</translation>
    </message>
    <message>
        <source>the signal needs the time it was issued</source>
        <translation>信号须填写发布时间</translation>
    </message>
    <message>
        <source>%1 is in force since %2; a change cannot be dated before it</source>
        <translation>%1 自 %2 起生效；变更时间不能早于该时间</translation>
    </message>
    <message>
        <source>%1 is already in force</source>
        <translation>%1 已在生效中</translation>
    </message>
    <message>
        <source>no %1 signal is in force</source>
        <translation>没有生效中的 %1 信号</translation>
    </message>
    <message>
        <source>%1 was issued at %2; it cannot be lifted before that</source>
        <translation>%1 于 %2 发布；解除时间不能早于发布时间</translation>
    </message>
    <message>
        <source>unknown response level &apos;%1&apos; (none, IV, III, II, I)</source>
        <translation>未知的响应等级 &apos;%1&apos;（none、IV、III、II、I）</translation>
    </message>
    <message>
        <source>a decision needs the name of who made it</source>
        <translation>决策须填写决策人姓名</translation>
    </message>
    <message>
        <source>the plan proposes %1: choosing %2 instead needs a reason</source>
        <translation>预案建议 %1：如改选 %2，须说明理由</translation>
    </message>
    <message>
        <source>no response is in force</source>
        <translation>没有生效中的应急响应</translation>
    </message>
    <message>
        <source>the response in force started at %1; a decision cannot be dated before it</source>
        <translation>当前生效的应急响应始于 %1；决策时间不能早于此时间</translation>
    </message>
    <message>
        <source>response ended</source>
        <translation>应急响应已结束</translation>
    </message>
    <message>
        <source>response lowered to %1</source>
        <translation>应急响应已降为 %1</translation>
    </message>
    <message>
        <source>no checklist item %1</source>
        <translation>没有任务清单项 %1</translation>
    </message>
    <message>
        <source>the item was closed (%1) and can no longer change</source>
        <translation>该项已关闭（%1），无法再更改</translation>
    </message>
    <message>
        <source>the signal expires (%1) before it is issued (%2)</source>
        <translation>信号的失效时间（%1）早于发布时间（%2）</translation>
    </message>
    <message>
        <source>the signal ends (%1) before it is issued (%2)</source>
        <translation>信号的结束时间（%1）早于发布时间（%2）</translation>
    </message>
</context>
<context>
    <name>WarningSignal</name>
    <message>
        <source>Typhoon</source>
        <translation>台风</translation>
    </message>
    <message>
        <source>Rainstorm</source>
        <translation>暴雨</translation>
    </message>
    <message>
        <source>High wind</source>
        <translation>大风</translation>
    </message>
    <message>
        <source>Thunder and lightning</source>
        <translation>雷电</translation>
    </message>
    <message>
        <source>High tide</source>
        <translation>高潮位</translation>
    </message>
    <message>
        <source>Cold wave</source>
        <translation>寒潮</translation>
    </message>
    <message>
        <source>Fog</source>
        <translation>大雾</translation>
    </message>
    <message>
        <source>Road icing</source>
        <translation>道路结冰</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>高温</translation>
    </message>
    <message>
        <source>Hail</source>
        <translation>冰雹</translation>
    </message>
    <message>
        <source>Haze</source>
        <translation>霾</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>%1 %2 warning</source>
        <translation>%1%2预警</translation>
    </message>
</context>
<context>
    <name>fc::AddDataActions</name>
    <message>
        <source>&amp;Add layer from file…</source>
        <translation>从文件添加图层(&amp;A)…</translation>
    </message>
    <message>
        <source>Add layer from file</source>
        <translation>从文件添加图层</translation>
    </message>
    <message>
        <source>Map data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.mbtiles *.tif *.tiff *.vrt *.jp2 *.img);;All files (*)</source>
        <translation>地图数据 (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.mbtiles *.tif *.tiff *.vrt *.jp2 *.img);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add &amp;tile server (XYZ)…</source>
        <translation>添加瓦片服务(XYZ)(&amp;T)…</translation>
    </message>
    <message>
        <source>Add tile server</source>
        <translation>添加瓦片服务</translation>
    </message>
    <message>
        <source>URL template, e.g. http://tiles.intranet/{z}/{x}/{y}.png
Tiles are kept in a disk cache and stay available offline.</source>
        <translation>URL 模板，例如 http://tiles.intranet/{z}/{x}/{y}.png
瓦片保存在本地磁盘缓存中，离线时仍可使用。</translation>
    </message>
    <message>
        <source>Added layers</source>
        <translation>添加的图层</translation>
    </message>
    <message>
        <source>%1: the layer has no features with geometry</source>
        <translation>%1：图层中没有带几何的要素</translation>
    </message>
    <message>
        <source>Tile server</source>
        <translation>瓦片服务</translation>
    </message>
</context>
<context>
    <name>fc::AlarmLevels</name>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>fc::AlarmListModel</name>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Sensor / wall segment</source>
        <translation>传感器 / 防汛墙段</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>已触发</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Wall segment %1</source>
        <translation>防汛墙段 %1</translation>
    </message>
    <message>
        <source>Rain 1 h</source>
        <translation>1 小时雨量</translation>
    </message>
    <message>
        <source>Rain 6 h</source>
        <translation>6 小时雨量</translation>
    </message>
    <message>
        <source>Freeboard</source>
        <translation>超高</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation>已于 %1 消除</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>已确认 %1</translation>
    </message>
    <message>
        <source>NOT ACKNOWLEDGED</source>
        <translation>未确认</translation>
    </message>
</context>
<context>
    <name>fc::AlarmPanel</name>
    <message>
        <source>Alarms</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Yellow and above</source>
        <translation>黄色及以上</translation>
    </message>
    <message>
        <source>Orange and red</source>
        <translation>橙色和红色</translation>
    </message>
    <message>
        <source>Red only</source>
        <translation>仅红色</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>All (last 24 h)</source>
        <translation>全部（最近 24 小时）</translation>
    </message>
    <message>
        <source>Filter by sensor or wall segment</source>
        <translation>按监测站或防汛墙段筛选</translation>
    </message>
    <message>
        <source>Remark (what was done)</source>
        <translation>备注（已采取的措施）</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <source>&amp;Alarms</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) in force</source>
        <translation>
            <numerusform>%n 条告警生效中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orange/red not acknowledged</source>
        <translation>
            <numerusform>%n 条橙/红色未确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Rain totals reach the rainstorm %1 threshold: propose the rainstorm %1 signal</source>
        <translation>累计雨量达到暴雨%1预警阈值：建议发布暴雨%1预警信号</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Alarms (%1 to acknowledge)</source>
        <translation>告警（%1 条待确认）</translation>
    </message>
    <message>
        <source>Select an alarm to acknowledge</source>
        <translation>请选择要确认的告警</translation>
    </message>
    <message>
        <source>Replay is read-only: alarms cannot be acknowledged</source>
        <translation>回放为只读：无法确认告警</translation>
    </message>
    <message>
        <source>Alarm acknowledged</source>
        <translation>告警已确认</translation>
    </message>
    <message>
        <source>Could not acknowledge: %1</source>
        <translation>无法确认：%1</translation>
    </message>
    <message>
        <source>The feature is not on the map</source>
        <translation>该要素不在地图上</translation>
    </message>
    <message>
        <source>⚠ ALARMS (%1 to acknowledge) ⚠</source>
        <translation>⚠ 告警（%1 条待确认）⚠</translation>
    </message>
    <message numerus="yes">
        <source>%n orange/red alarm(s) not acknowledged</source>
        <translation>
            <numerusform>%n 条橙色/红色告警未确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay: state at %1 (Beijing time), read-only</source>
        <translation>回放：%1（北京时间）时的状态，只读</translation>
    </message>
    <message>
        <source>Alarms (replay)</source>
        <translation>告警（回放）</translation>
    </message>
</context>
<context>
    <name>fc::AlarmService</name>
    <message>
        <source>alarm acknowledged</source>
        <translation>告警已确认</translation>
    </message>
</context>
<context>
    <name>fc::BookmarkActions</name>
    <message>
        <source>&amp;Save current view…</source>
        <translation>保存当前视图(&amp;S)…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>删除视图(&amp;D)</translation>
    </message>
</context>
<context>
    <name>fc::BriefingArchive</name>
    <message>
        <source>issued %1 %2 (%3)</source>
        <translation>签发 %1 %2（%3）</translation>
    </message>
</context>
<context>
    <name>fc::BriefingDialog</name>
    <message>
        <source>Situation report</source>
        <translation>防汛工作简报</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至时间：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Next steps (下步工作), written before issuing:</source>
        <translation>下步工作（签发前填写）：</translation>
    </message>
    <message>
        <source>Left out of the report when empty.</source>
        <translation>不填写则简报中不列此节。</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>刷新预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save and issue…</source>
        <translation>保存并签发…</translation>
    </message>
    <message>
        <source>No operation store is open.</source>
        <translation>未打开行动数据库。</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在生成简报…</translation>
    </message>
    <message numerus="yes">
        <source>Serial %1 (given when issued). %n section(s).</source>
        <translation>
            <numerusform>期号 %1（签发时确定）。共 %n 节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)</source>
        <translation>PDF 文件 (*.pdf);;OpenDocument 文档 (*.odt);;网页 (*.html)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Issued %1 as %2 (%3 bytes).</source>
        <translation>已签发第 %1 期：%2（%3 字节）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Saved %1 but could not record it: %2</source>
        <translation>已保存 %1，但未能登记：%2</translation>
    </message>
</context>
<context>
    <name>fc::BriefingTemplate</name>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>a section line must read [name]</source>
        <translation>节标题行应写作 [名称]</translation>
    </message>
    <message>
        <source>unknown section [%1] (known: %2)</source>
        <translation>未知的节 [%1]（可用：%2）</translation>
    </message>
    <message>
        <source>section [%1] appears twice</source>
        <translation>节 [%1] 出现两次</translation>
    </message>
    <message>
        <source>expected &apos;name: value&apos;, a [section] or a # comment</source>
        <translation>应为“名称: 内容”、[节] 或 # 注释</translation>
    </message>
    <message>
        <source>unbalanced braces in &apos;%1&apos;</source>
        <translation>“%1”中的花括号不配对</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; before the first section (known: %2)</source>
        <translation>第一节之前未知的设置“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in %2 (offered: %3)</source>
        <translation>%2 中未知的占位符 {%1}（可用：%3）</translation>
    </message>
    <message>
        <source>numerals must be chinese or arabic, not &apos;%1&apos;</source>
        <translation>numerals 只能为 chinese 或 arabic，不能为“%1”</translation>
    </message>
    <message>
        <source>unknown item &apos;%1&apos; in section [%2] (known: %3)</source>
        <translation>节 [%2] 中未知的条目“%1”（可用：%3）</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in section [%2] (offered: %3)</source>
        <translation>节 [%2] 中未知的占位符 {%1}（可用：%3）</translation>
    </message>
    <message>
        <source>section [%1] offers no %2</source>
        <translation>节 [%1] 不提供 %2</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; in section [%3] (offered: %4)</source>
        <translation>节 [%3] 中未知的 %1“%2”（可用：%4）</translation>
    </message>
    <message>
        <source>the template has no section</source>
        <translation>模板中没有任何节</translation>
    </message>
    <message>
        <source>cannot read the template %1: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 不是 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>fc::CapOtherPlacesDialog</name>
    <message>
        <source>CAP alerts for other places</source>
        <translation>不适用于本区的 CAP 预警</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>No operation store is open.</source>
        <translation>未打开行动数据库。</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) recorded as not applicable to the district.</source>
        <translation>
            <numerusform>已记录 %n 条不适用于本区的预警。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ChartPanel</name>
    <message>
        <source>Gauge charts</source>
        <translation>监测站图表</translation>
    </message>
    <message>
        <source>Rain</source>
        <translation>降雨</translation>
    </message>
    <message>
        <source>Tide</source>
        <translation>潮位</translation>
    </message>
    <message>
        <source>Road depth</source>
        <translation>道路积水深度</translation>
    </message>
    <message>
        <source>Pumping stations</source>
        <translation>泵站</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>整个时段</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Chart saved: %1</source>
        <translation>图表已保存：%1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Gauge &amp;charts</source>
        <translation>监测站图表(&amp;C)</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Rain per hour (mm)</source>
        <translation>小时雨量（mm）</translation>
    </message>
    <message>
        <source>Running total (mm)</source>
        <translation>累计雨量（mm）</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>%1 累计</translation>
    </message>
    <message>
        <source>Water level (m, Wusong datum)</source>
        <translation>水位（米，吴淞基面）</translation>
    </message>
    <message>
        <source>%1 forecast</source>
        <translation>%1 预报</translation>
    </message>
    <message>
        <source>Warning level 4.55 m (Huangpu Park)</source>
        <translation>警戒水位 4.55 米（黄浦公园）</translation>
    </message>
    <message>
        <source>Design level 5.86 m (1,000-year tide)</source>
        <translation>设计水位 5.86 m（千年一遇潮位）</translation>
    </message>
    <message>
        <source>Lowest wall crest %1 m</source>
        <translation>防汛墙最低墙顶高程 %1 m</translation>
    </message>
    <message>
        <source>Depth (cm)</source>
        <translation>积水深度（cm）</translation>
    </message>
    <message>
        <source>Flow (m³/s)</source>
        <translation>流量（m³/s）</translation>
    </message>
    <message>
        <source>Forebay level (m)</source>
        <translation>前池水位（m）</translation>
    </message>
    <message>
        <source>No readings yet</source>
        <translation>暂无读数</translation>
    </message>
    <message>
        <source>; no pumping station readings</source>
        <translation>；无泵站读数</translation>
    </message>
    <message>
        <source>Period shown, up to the latest reading (or the replay time)</source>
        <translation>显示时段：截至最新读数（回放时截至回放时刻）</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>72 hours</source>
        <translation>72 小时</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>%1 readings, %2 up to the latest; drag to pan, wheel to zoom%3</source>
        <translation>%1 条读数，最新读数之前 %2；拖动平移，滚轮缩放%3</translation>
    </message>
</context>
<context>
    <name>fc::ChecklistModel</name>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Done by %1 at %2</source>
        <translation>由 %1 于 %2 完成</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>完成人</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>fc::DataTablePanel</name>
    <message>
        <source>Audit log (read-only)</source>
        <translation>审计日志（只读）</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>筛选记录…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Double-click the first column to show a row on the map; edits can be undone.</source>
        <translation>
            <numerusform>共 %n 条记录。双击第一列可在地图上定位；编辑可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>fc::DispatchPanel</name>
    <message>
        <source>no route</source>
        <translation>无路线</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Loading the road network…</source>
        <translation>正在加载路网…</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>新建险情…</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>在地图上选取</translation>
    </message>
    <message>
        <source>Recommend teams</source>
        <translation>推荐队伍</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派遣…</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel incident</source>
        <translation>取消险情</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Duty log entry…</source>
        <translation>值班日志内容…</translation>
    </message>
    <message>
        <source>Add to duty log</source>
        <translation>添加到值班日志</translation>
    </message>
    <message>
        <source>Pick incident location on the map</source>
        <translation>在地图上选取险情位置</translation>
    </message>
    <message>
        <source>Propose pre-positioning…</source>
        <translation>建议预置…</translation>
    </message>
    <message>
        <source>Shift handover…</source>
        <translation>交接班…</translation>
    </message>
    <message>
        <source>Show roads closed by water</source>
        <translation>显示因积水封闭的道路</translation>
    </message>
    <message>
        <source>Incidents and dispatch</source>
        <translation>险情与派遣</translation>
    </message>
    <message>
        <source>Team status board</source>
        <translation>队伍状态看板</translation>
    </message>
    <message>
        <source>Response level %1: consider pre-positioning teams at waterlogging-prone roads (Command &gt; Propose pre-positioning).</source>
        <translation>响应等级 %1：建议考虑在易积水道路预置队伍（指挥 &gt; 建议预置）。</translation>
    </message>
    <message>
        <source>No operation store: incidents need one.</source>
        <translation>未打开行动数据库：记录险情需要行动数据库。</translation>
    </message>
    <message>
        <source>Road network: %1 segments; %2 closed by water, %3 slowed (closed from %4 cm)</source>
        <translation>路网：%1 个路段；%2 个因积水封闭，%3 个通行减缓（积水达 %4 cm 即封闭）</translation>
    </message>
    <message>
        <source>post: %1</source>
        <translation>值守点：%1</translation>
    </message>
    <message>
        <source>No free team with pumps or sandbags to pre-position.</source>
        <translation>没有配备水泵或沙袋的空闲队伍可供预置。</translation>
    </message>
    <message>
        <source>%1 (up to %2 cm): %3, %4 away</source>
        <translation>%1（历史最深 %2 cm）：%3，行程 %4</translation>
    </message>
    <message>
        <source>Pre-positioning</source>
        <translation>预置</translation>
    </message>
    <message>
        <source>Stand watch (蹲点值守) at the deepest waterlogging-prone roads?

%1</source>
        <translation>是否在积水最深的易积水道路蹲点值守？

%1</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Open an operation store to report incidents.</source>
        <translation>请打开行动数据库以上报险情。</translation>
    </message>
    <message>
        <source>The incident was not recorded: %1</source>
        <translation>险情未记录：%1</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <source>Send %1 to incident #%2 (%3)?
ETA %4, %5 km by road.</source>
        <translation>是否派遣 %1 前往险情 #%2（%3）？
ETA %4，道路距离 %5 km。</translation>
    </message>
    <message>
        <source>%1 dispatched.</source>
        <translation>已派遣 %1。</translation>
    </message>
    <message>
        <source>Not dispatched: %1</source>
        <translation>未派遣：%1</translation>
    </message>
    <message>
        <source>Incident #%1: %2</source>
        <translation>险情 #%1：%2</translation>
    </message>
    <message>
        <source>Shift handed over to %1.</source>
        <translation>已交班给 %1。</translation>
    </message>
    <message>
        <source>Handover not recorded: %1</source>
        <translation>交接班未记录：%1</translation>
    </message>
    <message>
        <source>A replay is showing: incidents, dispatches and the duty log cannot be changed (back to live first)</source>
        <translation>正在回放：不能更改险情、派遣和值班日志（请先返回实时）</translation>
    </message>
    <message>
        <source>Replay: incidents, dispatches and teams as they were at %1 (read-only)</source>
        <translation>回放：显示 %1 时的险情、派遣与队伍状态（只读）</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>险情</translation>
    </message>
    <message>
        <source>rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <source>dispatches</source>
        <translation>派遣记录</translation>
    </message>
    <message>
        <source>team equipment</source>
        <translation>队伍装备</translation>
    </message>
    <message>
        <source>Shown as they are now (an import replaced them after that time): %1</source>
        <translation>以下按当前状态显示（该时刻之后曾被导入整体替换）：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 was not dispatched: %2 sent it to incident #%3 first, at %4 (Beijing time).</source>
        <translation>%1 未能派遣：%2 已先将其派往险情 #%3，时间 %4（北京时间）。</translation>
    </message>
</context>
<context>
    <name>fc::DutyDesk</name>
    <message>
        <source>Incident #%1: no team assigned %2 min after the report (limit %3 min)</source>
        <translation>险情 #%1：上报 %2 分钟后仍未派遣队伍（时限 %3 分钟）</translation>
    </message>
    <message>
        <source>Incident #%1: the team is not on scene %2 min after its ETA</source>
        <translation>险情 #%1：已超过 ETA %2 分钟，队伍仍未到场</translation>
    </message>
    <message>
        <source>Open incidents: %1</source>
        <translation>未结险情：%1</translation>
    </message>
    <message>
        <source>Teams out: %1</source>
        <translation>在外队伍：%1</translation>
    </message>
    <message>
        <source> (incident #%1)</source>
        <translation>（险情 #%1）</translation>
    </message>
    <message>
        <source>The next duty officer must sign the handover.</source>
        <translation>接班值班员必须在交接班记录上签字。</translation>
    </message>
    <message>
        <source>Shift handed over by %1 to %2 (%3 open incidents, %4 teams out)</source>
        <translation>%1 已交班给 %2（%3 个未结险情，%4 支队伍在外）</translation>
    </message>
    <message>
        <source>Signals in force</source>
        <translation>生效中的预警信号</translation>
    </message>
    <message>
        <source>%1, issued %2</source>
        <translation>%1，%2 发布</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Response level</source>
        <translation>响应等级</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>Overdue checklist items</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2，时限 %3</translation>
    </message>
    <message>
        <source>Alarms in force</source>
        <translation>生效中的告警</translation>
    </message>
    <message>
        <source>wall segment %1</source>
        <translation>防汛墙段 %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4, raised %5%6</source>
        <translation>%1 %2：%3 %4，%5 触发%6</translation>
    </message>
    <message>
        <source>, acknowledged by %1</source>
        <translation>，已由 %1 确认</translation>
    </message>
    <message>
        <source>, not acknowledged</source>
        <translation>，未确认</translation>
    </message>
    <message>
        <source>Alarms in force: %1 (unacknowledged: %2)</source>
        <translation>生效中的告警：%1（未确认：%2）</translation>
    </message>
    <message>
        <source>not tracked in this store (no alarms table)</source>
        <translation>此数据库未记录（无 alarms 表）</translation>
    </message>
    <message>
        <source>Duty log since %1</source>
        <translation>%1 以来的值班日志</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Shift handover at %1 (Beijing time)</source>
        <translation>交接班（北京时间 %1）</translation>
    </message>
    <message>
        <source>Shift from %1 to %2 (Beijing time)</source>
        <translation>本班次：%1 至 %2（北京时间）</translation>
    </message>
</context>
<context>
    <name>fc::FeatureSearch</name>
    <message>
        <source>Search name or ID…</source>
        <translation>搜索名称或编号…</translation>
    </message>
</context>
<context>
    <name>fc::FeedServer</name>
    <message>
        <source>the feed endpoint needs a token of at least 8 characters</source>
        <translation>数据接收端点需要至少 8 个字符的令牌</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>request header too large</source>
        <translation>请求头过大</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>请求行格式错误</translation>
    </message>
    <message>
        <source>malformed header line %1</source>
        <translation>请求头第 %1 行格式错误</translation>
    </message>
    <message>
        <source>bad Content-Length</source>
        <translation>Content-Length 无效</translation>
    </message>
    <message>
        <source>chunked bodies are not accepted: send Content-Length</source>
        <translation>不接受分块传输的请求体：请发送 Content-Length</translation>
    </message>
    <message>
        <source>missing token (Authorization: Bearer ...)</source>
        <translation>缺少令牌（Authorization: Bearer ...）</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>令牌错误</translation>
    </message>
    <message>
        <source>no such endpoint: POST /readings</source>
        <translation>不存在该端点：POST /readings</translation>
    </message>
    <message>
        <source>only POST is accepted</source>
        <translation>仅接受 POST</translation>
    </message>
    <message>
        <source>Content-Length required</source>
        <translation>必须提供 Content-Length</translation>
    </message>
    <message>
        <source>body of %1 bytes is over the limit of %2 bytes</source>
        <translation>请求体为 %1 字节，超过了 %2 字节的上限</translation>
    </message>
    <message>
        <source>Content-Type must be text/csv or application/json</source>
        <translation>Content-Type 必须为 text/csv 或 application/json</translation>
    </message>
    <message>
        <source>no readings in the body</source>
        <translation>请求体中没有读数</translation>
    </message>
    <message>
        <source>%1 read, %2 stored, %3 duplicates, %4 rejected</source>
        <translation>读取 %1 条，入库 %2 条，重复 %3 条，拒绝 %4 条</translation>
    </message>
    <message>
        <source>feed endpoint</source>
        <translation>数据接收端点</translation>
    </message>
    <message>
        <source>no operation store is open</source>
        <translation>未打开行动数据库</translation>
    </message>
    <message>
        <source>too many connections (%1 open); try again shortly</source>
        <translation>连接过多（已打开 %1 个）；请稍后重试</translation>
    </message>
    <message>
        <source>too many connections from %1 (%2 open); try again shortly</source>
        <translation>来自 %1 的连接过多（已打开 %2 个）；请稍后重试</translation>
    </message>
    <message>
        <source>no data for %1 s; the request was not complete</source>
        <translation>%1 秒内未收到数据；请求不完整</translation>
    </message>
    <message>
        <source>the request was not complete within %1 s</source>
        <translation>请求未在 %1 秒内完整到达</translation>
    </message>
    <message>
        <source>the feed endpoint refuses to listen on %1 without TLS: that address is not loopback, and the token and the readings would cross the network in clear text. Give it a TLS certificate and key, or listen on 127.0.0.1</source>
        <translation>数据接收端点拒绝在未启用 TLS 的情况下监听 %1：该地址不是本机回环地址，令牌和监测数据将以明文在网络上传输。请配置 TLS 证书和私钥，或改为监听 127.0.0.1</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key</source>
        <translation>TLS 需要同时提供证书和私钥</translation>
    </message>
    <message>
        <source>TLS is not available: no TLS backend could be loaded (%1)</source>
        <translation>TLS 不可用：无法加载 TLS 后端（%1）</translation>
    </message>
    <message>
        <source>%1: no PEM certificate could be read</source>
        <translation>%1：无法读取 PEM 证书</translation>
    </message>
    <message>
        <source>%1: cannot read the TLS key: %2</source>
        <translation>%1：无法读取 TLS 私钥：%2</translation>
    </message>
    <message>
        <source>%1: not an unencrypted PEM private key (RSA or EC)</source>
        <translation>%1：不是未加密的 PEM 私钥（RSA 或 EC）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1 holds a secret but group or others may read it (mode %2); make it readable by its owner only (chmod 600 %1)</source>
        <translation>%1 保存的是密钥，但同组用户或其他用户可以读取（权限 %2）；请设为仅属主可读（chmod 600 %1）</translation>
    </message>
</context>
<context>
    <name>fc::FloodInputs</name>
    <message>
        <source>the header must name the columns minutes and mm (and optionally gauge)</source>
        <translation>表头须包含 minutes 和 mm 两列（可选 gauge 列）</translation>
    </message>
    <message>
        <source>too few columns</source>
        <translation>列数不足</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes and millimetres</source>
        <translation>“%1”不是分钟数和毫米数</translation>
    </message>
    <message>
        <source>%1 mm is outside 0 to 500 mm</source>
        <translation>%1 毫米超出 0 至 500 毫米范围</translation>
    </message>
    <message>
        <source>minutes must increase (%1 after %2)</source>
        <translation>分钟数须递增（%2 之后为 %1）</translation>
    </message>
    <message>
        <source>no rain rows</source>
        <translation>没有降雨数据行</translation>
    </message>
    <message>
        <source>%1: the raster does not match its grid</source>
        <translation>%1：栅格与其网格不一致</translation>
    </message>
    <message>
        <source>%1: exists (give --overwrite to replace it)</source>
        <translation>%1：文件已存在（如需替换请加 --overwrite）</translation>
    </message>
    <message>
        <source>GDAL has no GeoTIFF driver</source>
        <translation>GDAL 缺少 GeoTIFF 驱动</translation>
    </message>
    <message>
        <source>%1: cannot create (%2)</source>
        <translation>%1：无法创建（%2）</translation>
    </message>
    <message>
        <source>%1: write failed (%2)</source>
        <translation>%1：写入失败（%2）</translation>
    </message>
    <message>
        <source>%1: cannot rename the finished file into place</source>
        <translation>%1：无法将写好的文件改名就位</translation>
    </message>
    <message>
        <source>%1: not a raster GDAL can read</source>
        <translation>%1：不是 GDAL 可读取的栅格</translation>
    </message>
    <message>
        <source>%1: the raster must be north-up with square pixels</source>
        <translation>%1：栅格须为正北朝上、像元为正方形</translation>
    </message>
    <message>
        <source>%1: cannot reproject onto the model grid (%2)</source>
        <translation>%1：无法重投影到模型网格（%2）</translation>
    </message>
</context>
<context>
    <name>fc::ForecastPanel</name>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> mm/h</source>
        <translation> 毫米/小时</translation>
    </message>
    <message>
        <source>Drainage capacity of the network (design standard by default)</source>
        <translation>排水管网排水能力（默认取设计标准）</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Huangpu River level held outside the flood walls (Wusong datum)</source>
        <translation>防汛墙外侧黄浦江水位（吴淞基面）</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>Forecast rain</source>
        <translation>预报雨量</translation>
    </message>
    <message>
        <source>over</source>
        <translation>历时</translation>
    </message>
    <message>
        <source>Drainage</source>
        <translation>排水能力</translation>
    </message>
    <message>
        <source>River level</source>
        <translation>江河水位</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>网格尺寸</translation>
    </message>
    <message>
        <source>Run forecast</source>
        <translation>开始预报</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Over 15 cm from</source>
        <translation>积水超 15 厘米起始</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>最大积水深</translation>
    </message>
    <message>
        <source>Peak at</source>
        <translation>峰值时刻</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predicted waterlogging (forecast, not measured)&lt;/b&gt;</source>
        <translation>&lt;b&gt;积水预报（模型预报，非实测）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>No operation is open.</source>
        <translation>未打开行动。</translation>
    </message>
    <message>
        <source>Running the flood model…</source>
        <translation>积水模型计算中…</translation>
    </message>
    <message>
        <source>Forecast cancelled.</source>
        <translation>预报已取消。</translation>
    </message>
    <message>
        <source>Forecast failed: %1</source>
        <translation>预报失败：%1</translation>
    </message>
    <message>
        <source>Forecast from %1: %2 mm, drainage %3 mm/h; %4 road segments predicted over 15 cm. Model: %5 h in %6 s.</source>
        <translation>预报起始 %1：降雨 %2 毫米，排水能力 %3 毫米/小时；预计 %4 个路段积水超过 15 厘米。模型：模拟 %5 小时，用时 %6 秒。</translation>
    </message>
    <message>
        <source>Forecast water depth</source>
        <translation>预报积水深度</translation>
    </message>
    <message>
        <source>Forecast for %1 (+%2 h %3 min)</source>
        <translation>预报时刻 %1（+%2 小时 %3 分）</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 厘米</translation>
    </message>
    <message>
        <source>Forecast by the flood model, not a measurement</source>
        <translation>由积水模型预报，非实测</translation>
    </message>
</context>
<context>
    <name>fc::GaugeChart</name>
    <message>
        <source>Time (Beijing)</source>
        <translation>时间（北京时间）</translation>
    </message>
</context>
<context>
    <name>fc::GaugeMapLink</name>
    <message>
        <source>%1 mm/1h</source>
        <translation>%1 mm/1h</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>Latest Huangpu Park tide reading %1 m at %2 (Beijing time); type a value to look ahead</source>
        <translation>黄浦公园潮位站最新读数 %1 m（%2，北京时间）；输入数值可预估后续情况</translation>
    </message>
    <message>
        <source>Replay: Huangpu Park tide reading %1 m at %2 (Beijing time)</source>
        <translation>回放：黄浦公园潮位 %1 米，%2（北京时间）</translation>
    </message>
</context>
<context>
    <name>fc::GdalRasterSource</name>
    <message>
        <source>Cannot read the raster %1: %2</source>
        <translation>无法读取栅格 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read tile %1 of %2: %3</source>
        <translation>无法读取 %2 的瓦片 %1：%3</translation>
    </message>
    <message>
        <source>Cannot open the raster %1: %2</source>
        <translation>无法打开栅格 %1：%2</translation>
    </message>
    <message>
        <source>The raster %1 has no bands</source>
        <translation>栅格 %1 没有波段</translation>
    </message>
    <message>
        <source>The raster %1 has no coordinate system or georeferencing</source>
        <translation>栅格 %1 没有坐标系或地理参考</translation>
    </message>
    <message>
        <source>Cannot warp the raster %1 to Web Mercator: %2</source>
        <translation>无法将栅格 %1 重投影到 Web 墨卡托：%2</translation>
    </message>
</context>
<context>
    <name>fc::GreeneryRules</name>
    <message>
        <source>fine</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>已修剪</translation>
    </message>
    <message>
        <source>braced</source>
        <translation>已加固支撑</translation>
    </message>
    <message>
        <source>tall trees removed</source>
        <translation>已移除高大乔木</translation>
    </message>
    <message>
        <source>closed to the public</source>
        <translation>已暂停开放</translation>
    </message>
    <message>
        <source>not yet inspected</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>greenery inspection campaign</source>
        <translation>屋顶绿化专项检查</translation>
    </message>
    <message>
        <source>greenery inspection campaign: every site listed</source>
        <translation>屋顶绿化专项检查：列出全部点位</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an inspection result (%2)</source>
        <translation>“%1”不是检查结果（%2）</translation>
    </message>
    <message>
        <source>there is no greenery inspection result #%1</source>
        <translation>没有屋顶绿化检查结果 #%1</translation>
    </message>
    <message>
        <source>the finding of result #%1 is already hazard #%2</source>
        <translation>检查结果 #%1 的问题已是隐患 #%2</translation>
    </message>
    <message>
        <source>: greenery hazard</source>
        <translation>：屋顶绿化隐患</translation>
    </message>
    <message>
        <source>greenery finding of result #%1 becomes a hazard</source>
        <translation>检查结果 #%1 的屋顶绿化问题转为隐患</translation>
    </message>
    <message>
        <source>found in greenery inspection (result #%1)</source>
        <translation>屋顶绿化检查中发现（检查结果 #%1）</translation>
    </message>
    <message>
        <source>hazard #%1 from a greenery finding</source>
        <translation>由屋顶绿化检查问题生成的隐患 #%1</translation>
    </message>
    <message>
        <source>hazard #%1 was written but not linked to the inspection: %2</source>
        <translation>隐患 #%1 已写入，但未能关联到检查记录：%2</translation>
    </message>
</context>
<context>
    <name>fc::HandoverDialog</name>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>name of the officer taking over</source>
        <translation>接班值班员姓名</translation>
    </message>
    <message>
        <source>Next duty officer (signs for this summary):</source>
        <translation>接班值班员（在此摘要上签字）：</translation>
    </message>
    <message>
        <source>Signing records the handover in the operation store (shift handovers and the duty log). Print or save a PDF copy for the paper file.</source>
        <translation>签字后交接记录存入行动数据库（交接班记录和值班日志）。可打印或另存为 PDF 归档纸质文件。</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Sign and record</source>
        <translation>签字并记录</translation>
    </message>
    <message>
        <source>%1: the PDF could not be written</source>
        <translation>%1：无法写入 PDF</translation>
    </message>
    <message>
        <source>handover-%1.pdf</source>
        <translation>交接班-%1.pdf</translation>
    </message>
    <message>
        <source>Save the handover as PDF</source>
        <translation>将交接班记录另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fc::HazardDesk</name>
    <message>
        <source>Flood walls and gates</source>
        <translation>防汛墙及防汛闸门</translation>
    </message>
    <message>
        <source>Riverside</source>
        <translation>滨江沿线</translation>
    </message>
    <message>
        <source>High-rise and high structures</source>
        <translation>高层建筑及高空构筑物</translation>
    </message>
    <message>
        <source>Building facades</source>
        <translation>建筑外立面</translation>
    </message>
    <message>
        <source>Shop signs and billboards</source>
        <translation>店招店牌及户外广告</translation>
    </message>
    <message>
        <source>Rooftop greenery</source>
        <translation>屋顶绿化</translation>
    </message>
    <message>
        <source>Underground spaces</source>
        <translation>地下空间</translation>
    </message>
    <message>
        <source>Construction sites</source>
        <translation>在建工地</translation>
    </message>
    <message>
        <source>Land-expropriation plots</source>
        <translation>征收地块</translation>
    </message>
    <message>
        <source>Old town</source>
        <translation>老城厢</translation>
    </message>
    <message>
        <source>Tourist areas</source>
        <translation>旅游景区</translation>
    </message>
    <message>
        <source>found</source>
        <translation>已发现</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>awaiting check</source>
        <translation>待验收</translation>
    </message>
    <message>
        <source>closed (verified)</source>
        <translation>已销号（验收通过）</translation>
    </message>
    <message>
        <source>low</source>
        <translation>较小</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>high</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hazard state (%2)</source>
        <translation>“%1”不是隐患整改状态（%2）</translation>
    </message>
    <message>
        <source>hazard #%1: %2</source>
        <translation>隐患 #%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is over the limit of %3 MiB for one attachment; nothing was attached</source>
        <translation>%1：%2 字节，超过单个附件 %3 MiB 的上限；未添加附件</translation>
    </message>
    <message>
        <source>%1: the file is empty; nothing was attached</source>
        <translation>%1：文件为空；未添加附件</translation>
    </message>
    <message>
        <source>there is no hazard #%1</source>
        <translation>没有隐患 #%1</translation>
    </message>
    <message>
        <source>hazard #%1: %2 -&gt; %3</source>
        <translation>隐患 #%1：%2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>附件 %1</translation>
    </message>
</context>
<context>
    <name>fc::HazardImport</name>
    <message>
        <source>%1: a field report is an XLSX or CSV file</source>
        <translation>%1：排查表应为 XLSX 或 CSV 文件</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1 row %2: status &apos;%3&apos; is not a rectification state (%4); nothing was imported</source>
        <translation>%1 第%2行：状态“%3”不是整改状态（%4）；未导入任何数据</translation>
    </message>
    <message>
        <source>%1 row %2: photo &apos;%3&apos; is not next to the sheet (%4); nothing was imported</source>
        <translation>%1 第%2行：照片“%3”不在表格所在文件夹（%4）中；未导入任何数据</translation>
    </message>
    <message>
        <source>%1 row %2: photo &apos;%3&apos; is over the limit of %4 MiB; nothing was imported</source>
        <translation>%1 第%2行：照片“%3”超过 %4 MiB 的上限；未导入任何数据</translation>
    </message>
    <message>
        <source>%1: no rows</source>
        <translation>%1：没有数据行</translation>
    </message>
    <message>
        <source>%1: cannot map into memory</source>
        <translation>%1：无法载入内存</translation>
    </message>
    <message>
        <source>imported from the field report %1</source>
        <translation>从排查表 %1 导入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>field report %1: steps and photos</source>
        <translation>排查表 %1：整改记录和照片</translation>
    </message>
    <message>
        <source>%1: the hazards were imported but their steps and photos were not written: %2</source>
        <translation>%1：隐患已导入，但其整改记录和照片未写入：%2</translation>
    </message>
</context>
<context>
    <name>fc::HazardPanel</name>
    <message>
        <source>Hazards and greenery</source>
        <translation>隐患与屋顶绿化</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>隐患排查整改</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>点位</translation>
    </message>
    <message>
        <source>Tall trees</source>
        <translation>高大乔木</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Start inspection campaign</source>
        <translation>开始专项检查</translation>
    </message>
    <message>
        <source>Record result</source>
        <translation>登记检查结果</translation>
    </message>
    <message>
        <source>Finding becomes a hazard</source>
        <translation>问题转为隐患</translation>
    </message>
    <message>
        <source>Rooftop greenery</source>
        <translation>屋顶绿化</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>全部排查轮次</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown: %2 open, %3 overdue</source>
        <translation>显示 %1 条：未销号 %2 条，逾期 %3 条</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a hazard to see its card.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一条隐患查看详情。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Unit: %1&lt;br&gt;Street: %2&lt;br&gt;Found: %3 · Deadline: %4%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;责任单位：%1&lt;br&gt;所属街道：%2&lt;br&gt;发现日期：%3 · 整改期限：%4%5&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source> &lt;span style=&apos;color:#d22&apos;&gt;(overdue %n day(s))&lt;/span&gt;</source>
        <translation>
            <numerusform> &lt;span style=&apos;color:#d22&apos;&gt;（已逾期 %n 天）&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;整改记录&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Attach photo or document…</source>
        <translation>添加照片或文件…</translation>
    </message>
    <message>
        <source>hazard #%1 -&gt; %2</source>
        <translation>隐患 #%1 -&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 sites inspected.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：已检查 %2 / %3 处点位。</translation>
    </message>
    <message>
        <source>No inspection campaign yet.</source>
        <translation>尚未开展专项检查。</translation>
    </message>
    <message numerus="yes">
        <source> &lt;span style=&apos;color:#d22&apos;&gt;Typhoon signal in force: %n site(s) not inspected since %1.&lt;/span&gt;</source>
        <translation>
            <numerusform> &lt;span style=&apos;color:#d22&apos;&gt;台风预警生效中：%n 处点位自 %1 以来未检查。&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>not inspected since the signal</source>
        <translation>预警发布后未检查</translation>
    </message>
    <message>
        <source>Pre-typhoon greenery inspection %1</source>
        <translation>防台风屋顶绿化专项检查 %1</translation>
    </message>
    <message>
        <source>greenery inspection campaign: every site listed</source>
        <translation>屋顶绿化专项检查：列出全部点位</translation>
    </message>
    <message>
        <source>Select a site of the current campaign first.</source>
        <translation>请先选择本次专项检查中的点位。</translation>
    </message>
    <message>
        <source>greenery inspection result</source>
        <translation>屋顶绿化检查结果</translation>
    </message>
    <message>
        <source>Hazard #%1 recorded from the greenery finding.</source>
        <translation>已由屋顶绿化检查问题生成隐患 #%1。</translation>
    </message>
    <message>
        <source>Attach to hazard #%1</source>
        <translation>添加到隐患 #%1</translation>
    </message>
    <message>
        <source>Attached.</source>
        <translation>已添加。</translation>
    </message>
</context>
<context>
    <name>fc::IdentifyPanel</name>
    <message>
        <source>Click a feature on the map to see its attributes.</source>
        <translation>点击地图上的要素查看属性。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Nothing here. Click a feature on the map to see its attributes.</source>
        <translation>此处没有要素。点击地图上的要素查看属性。</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) at this place.</source>
        <translation>
            <numerusform>此处有 %n 个要素。</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>%1 (source field)</source>
        <translation>%1（源字段）</translation>
    </message>
</context>
<context>
    <name>fc::ImportDialog</name>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>Import into the operation</source>
        <translation>导入到作战数据库</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Source layer</source>
        <translation>源图层</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>From the file (EPSG:4326 if none); e.g. EPSG:4549, GCJ02</source>
        <translation>取自文件（无则按 EPSG:4326）；例如 EPSG:4549、GCJ02</translation>
    </message>
    <message>
        <source>Source coordinate system</source>
        <translation>源坐标系</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>Stop and import nothing</source>
        <translation>停止，不导入任何数据</translation>
    </message>
    <message>
        <source>Skip them and report</source>
        <translation>跳过并报告</translation>
    </message>
    <message>
        <source>Bad features</source>
        <translation>错误要素</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>源字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Store column</source>
        <translation>数据库字段</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>字段对应</translation>
    </message>
    <message>
        <source>First features</source>
        <translation>前几个要素</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>正在取消… 不会导入任何数据。</translation>
    </message>
    <message>
        <source>Import a vector file</source>
        <translation>导入矢量文件</translation>
    </message>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.kml *.csv *.fgb);;All files (*)</source>
        <translation>矢量文件 (*.shp *.gpkg *.geojson *.json *.kml *.csv *.fgb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the first features…</source>
        <translation>正在读取前几个要素…</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) in the source; coordinate system: %1</source>
        <translation>
            <numerusform>源文件中有 %n 个要素；坐标系：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1 cannot be imported: %2</source>
        <translation>要素 %1 无法导入：%2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported %1 of %2 features into %3; %4 skipped.</source>
        <translation>已将 %2 个要素中的 %1 个导入 %3；跳过 %4 个。</translation>
    </message>
    <message>
        <source>Skipped feature %1: %2</source>
        <translation>已跳过要素 %1：%2</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported; the operation is unchanged.</source>
        <translation>导入已取消。未导入任何数据，作战数据库保持不变。</translation>
    </message>
    <message>
        <source>Nothing was imported; the operation is unchanged.</source>
        <translation>未导入任何数据，作战数据库保持不变。</translation>
    </message>
    <message>
        <source>Declared by the file, else detected</source>
        <translation>采用文件声明的编码，否则自动检测</translation>
    </message>
    <message>
        <source>Common Chinese terms are built in; add more as column:from=to; … e.g. severity:严重=high</source>
        <translation>已内置常用中文术语；可按 列:原值=新值; … 的格式补充，例如 severity:严重=high</translation>
    </message>
    <message>
        <source>Coded values</source>
        <translation>编码值</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>（自动）</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>保存映射…</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>已保存的映射</translation>
    </message>
    <message>
        <source>How it was mapped</source>
        <translation>映射方式</translation>
    </message>
    <message>
        <source>Mapping saved in the operation store.</source>
        <translation>映射已保存到行动数据库。</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>映射未保存：%1</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1（对应 %2）</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Name for this mapping (reuse it here or with floodctl import --mapping NAME):</source>
        <translation>此映射的名称（可在此处复用，或通过 floodctl import --mapping NAME 使用）：</translation>
    </message>
    <message>
        <source>(kept as extra attribute)</source>
        <translation>（保留为附加属性）</translation>
    </message>
    <message>
        <source>Text encoding: %1</source>
        <translation>文本编码：%1</translation>
    </message>
    <message>
        <source>Every source field and where it went:</source>
        <translation>各源字段及其去向：</translation>
    </message>
    <message numerus="yes">
        <source>  value %1 (%n feature(s))</source>
        <translation>
            <numerusform>  值 %1（%n 个要素）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::IncidentDesk</name>
    <message>
        <source>reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>on scene</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>waterlogging</source>
        <translation>积水</translation>
    </message>
    <message>
        <source>fallen tree</source>
        <translation>树木倒伏</translation>
    </message>
    <message>
        <source>falling facade or sign</source>
        <translation>外墙或招牌坠落</translation>
    </message>
    <message>
        <source>flood-wall seepage</source>
        <translation>防汛墙渗漏</translation>
    </message>
    <message>
        <source>flood-wall breach</source>
        <translation>防汛墙决口</translation>
    </message>
    <message>
        <source>flood-gate fault</source>
        <translation>防汛闸门故障</translation>
    </message>
    <message>
        <source>underground-space inflow</source>
        <translation>地下空间进水</translation>
    </message>
    <message>
        <source>power cut</source>
        <translation>停电</translation>
    </message>
    <message>
        <source>people trapped</source>
        <translation>人员被困</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>available</source>
        <translation>待命</translation>
    </message>
    <message>
        <source>standing watch</source>
        <translation>蹲点值守</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>off duty</source>
        <translation>休整</translation>
    </message>
    <message>
        <source>Incident #%1 (%2): %3</source>
        <translation>险情 #%1（%2）：%3</translation>
    </message>
    <message>
        <source>Incident #%1 is %2: no team can be sent to it now.</source>
        <translation>险情 #%1 当前为“%2”状态：现在无法向其派遣队伍。</translation>
    </message>
    <message>
        <source>Team %1 is %2, not available.</source>
        <translation>队伍 %1 当前为%2，不在待命状态。</translation>
    </message>
    <message>
        <source>Incident #%1 cannot go from %2 to %3.</source>
        <translation>险情 #%1 的状态无法从“%2”变为“%3”。</translation>
    </message>
    <message>
        <source>Incident #%1 has no team dispatched.</source>
        <translation>险情 #%1 尚未派遣队伍。</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>already dispatched to incident #%1 by %2 at %3</source>
        <translation>已由 %2 于 %3 派遣至险情 #%1</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>其他席位</translation>
    </message>
    <message>
        <source>No incident #%1.</source>
        <translation>不存在险情 #%1。</translation>
    </message>
    <message>
        <source>No rescue team #%1.</source>
        <translation>不存在抢险队伍 #%1。</translation>
    </message>
    <message>
        <source>Team %1 was not dispatched: %2.</source>
        <translation>队伍 %1 未派遣：%2。</translation>
    </message>
    <message>
        <source>low</source>
        <comment>incident priority</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>normal</source>
        <comment>incident priority</comment>
        <translation>一般</translation>
    </message>
    <message>
        <source>high</source>
        <comment>incident priority</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>urgent</source>
        <comment>incident priority</comment>
        <translation>紧急</translation>
    </message>
    <message>
        <source>unknown priority</source>
        <translation>未知优先级</translation>
    </message>
    <message>
        <source>%1 (Beijing time)</source>
        <translation>%1（北京时间）</translation>
    </message>
</context>
<context>
    <name>fc::IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>新险情</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Short title (default: the kind)</source>
        <translation>简短标题（默认：类型）</translation>
    </message>
    <message>
        <source>Road or place name…</source>
        <translation>道路或地点名称…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>No location yet: pick on the map or find a road or place.</source>
        <translation>尚未设置位置：请在地图上选取，或查找道路或地点。</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>e.g. pump:2,boat</source>
        <translation>例如 pump:2,boat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Water depth</source>
        <translation>积水深度</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Equipment needed</source>
        <translation>所需装备</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Report incident</source>
        <translation>上报险情</translation>
    </message>
    <message>
        <source>map point</source>
        <translation>地图点</translation>
    </message>
    <message>
        <source>Nothing called &apos;%1&apos; in the roads or places of this operation.</source>
        <translation>本次行动的道路或地点中没有名为 &apos;%1&apos; 的项。</translation>
    </message>
    <message>
        <source>Give the incident a location: pick it on the map or find a road or place.</source>
        <translation>请为险情指定位置：在地图上选取，或查找道路或地点。</translation>
    </message>
</context>
<context>
    <name>fc::IncidentListModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>状态时长</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
</context>
<context>
    <name>fc::IncidentReport</name>
    <message>
        <source>unknown report kind &apos;%1&apos; (first, followup or verified)</source>
        <translation>未知的报告类型“%1”（应为 first、followup 或 verified）</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>没有编号为 %1 的险情</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已超时）</translation>
    </message>
    <message>
        <source> (in time)</source>
        <translation>（按时）</translation>
    </message>
    <message>
        <source>not required (priority %1)</source>
        <translation>无需上报（紧急程度：%1）</translation>
    </message>
    <message>
        <source>%1 dispatched %2 (%3)</source>
        <translation>%1 于 %2 出动（%3）</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>险情</translation>
    </message>
    <message>
        <source>Time reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>险情性质</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>险情规模</translation>
    </message>
    <message>
        <source>water %1 cm; </source>
        <translation>积水 %1 厘米；</translation>
    </message>
    <message>
        <source>Trend (state now)</source>
        <translation>发展趋势（当前状态）</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>已采取措施</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>First report due</source>
        <translation>首报时限</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>处置环节</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>First report issued</source>
        <translation>首报报送时间</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
</context>
<context>
    <name>fc::IncidentReportRules</name>
    <message>
        <source>First report</source>
        <translation>首报</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>续报</translation>
    </message>
    <message>
        <source>Verified report</source>
        <translation>核报</translation>
    </message>
</context>
<context>
    <name>fc::LayerModel</name>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>要素数</translation>
    </message>
</context>
<context>
    <name>fc::LayerPanel</name>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>所选图层的不透明度</translation>
    </message>
    <message>
        <source>Move layer up</source>
        <translation>图层上移</translation>
    </message>
    <message>
        <source>Move layer down</source>
        <translation>图层下移</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>缩放至图层</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
</context>
<context>
    <name>fc::MainWindow</name>
    <message>
        <source>FloodCommand — District Flood Control and Typhoon Command</source>
        <translation>防汛防台指挥中心 — FloodCommand</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Feature details</source>
        <translation>要素详情</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Find feature…</source>
        <translation>查找要素(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dark theme (command room)</source>
        <translation>深色主题（指挥大厅）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light theme (office)</source>
        <translation>浅色主题（办公室）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FloodCommand</source>
        <translation>关于 FloodCommand(&amp;A)</translation>
    </message>
    <message>
        <source>About FloodCommand</source>
        <translation>关于 FloodCommand</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FloodCommand %1&lt;/h3&gt;&lt;p&gt;District flood-control and typhoon command centre. Works fully offline.&lt;/p&gt;&lt;p&gt;The demo district is sample data laid over real geography in outline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;防汛防台指挥中心 FloodCommand %1&lt;/h3&gt;&lt;p&gt;区防汛防台指挥系统，可完全离线运行。&lt;/p&gt;&lt;p&gt;示范区为依据真实地理轮廓编制的样例数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <source>Frame %1 ms</source>
        <translation>出图 %1 毫秒</translation>
    </message>
    <message>
        <source>Distance %1 m</source>
        <translation>距离 %1 米</translation>
    </message>
    <message>
        <source>Area %1 m²</source>
        <translation>面积 %1 平方米</translation>
    </message>
    <message>
        <source>Loading map data…</source>
        <translation>正在加载地图数据…</translation>
    </message>
    <message>
        <source>no map layers found</source>
        <translation>未找到地图图层</translation>
    </message>
    <message>
        <source>Could not load map data: %1</source>
        <translation>无法加载地图数据：%1</translation>
    </message>
    <message>
        <source>Demo district — SAMPLE DATA</source>
        <translation>示范区 — 样例数据</translation>
    </message>
    <message>
        <source>SAMPLE DATA</source>
        <translation>样例数据</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The interface language changes when FloodCommand is restarted.</source>
        <translation>界面语言将在重新启动 FloodCommand 后生效。</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>缩放至选中要素(&amp;S)</translation>
    </message>
    <message>
        <source>Saved &amp;views</source>
        <translation>已存视图(&amp;V)</translation>
    </message>
    <message>
        <source>Added layer %1</source>
        <translation>已添加图层 %1</translation>
    </message>
    <message>
        <source>Tide (Huangpu Park)</source>
        <translation>潮位（黄浦公园）</translation>
    </message>
    <message>
        <source>Water level used to colour flood walls by freeboard (crest − water level), Wusong datum</source>
        <translation>用于按超高（墙顶高程 − 水位）为防汛墙着色的水位，吴淞基面</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Cannot open the operation store: %1</source>
        <translation>无法打开作战数据库：%1</translation>
    </message>
    <message>
        <source>Operation store</source>
        <translation>作战数据库</translation>
    </message>
    <message>
        <source>Cannot open the operation store:
%1</source>
        <translation>无法打开作战数据库：
%1</translation>
    </message>
    <message>
        <source>%1 — SAMPLE DATA</source>
        <translation>%1 — 样例数据</translation>
    </message>
    <message>
        <source>Operation data</source>
        <translation>作战数据</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <source>Added layers</source>
        <translation>添加的图层</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>指挥(&amp;C)</translation>
    </message>
    <message>
        <source>%1 does not exist.

Create a new, empty operation store there?</source>
        <translation>%1 不存在。

是否在该位置新建一个空的行动数据库？</translation>
    </message>
    <message>
        <source>%1 does not exist, nor does its folder.

Create the folder and a new, empty operation store there?</source>
        <translation>%1 不存在，其所在文件夹也不存在。

是否创建该文件夹，并在其中新建一个空的行动数据库？</translation>
    </message>
    <message>
        <source>%1: no such store (start with --create to make a new one)</source>
        <translation>%1：数据库不存在（使用 --create 启动可新建数据库）</translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation>服务器连接</translation>
    </message>
    <message>
        <source>Server connection restored (lost at %1); changes made meanwhile are shown</source>
        <translation>服务器连接已恢复（于 %1 断开）；已显示断开期间所作的更改</translation>
    </message>
    <message>
        <source>Disconnected from the server since %1 — showing the last state, read-only; reconnecting…</source>
        <translation>自 %1 起与服务器断开连接——显示的是最后状态，只读；正在重新连接…</translation>
    </message>
    <message>
        <source>Map could not draw everything: %1</source>
        <translation>地图未能完整绘制：%1</translation>
    </message>
    <message>
        <source>Replay %1</source>
        <translation>回放 %1</translation>
    </message>
    <message numerus="yes">
        <source>Replay: %n map layer(s) were loaded by an import after that time and are shown as they are now</source>
        <translation>
            <numerusform>回放：%n 个地图图层在该时刻之后由导入整体载入，按当前状态显示</numerusform>
        </translation>
    </message>
    <message>
        <source>This operation store has no map data yet.
Import layers with File › Import into operation… (or floodctl import), or open the demo district with --demo.</source>
        <translation>该作战数据库还没有地图数据。
请用“文件 › 导入到作战数据库…”（或 floodctl import）导入图层，或用 --demo 打开示例辖区。</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — 只读</translation>
    </message>
    <message>
        <source>Intake not started here: %1</source>
        <translation>本窗口未启动数据接入：%1</translation>
    </message>
    <message>
        <source>Waterlogging &amp;forecast…</source>
        <translation>积水预报(&amp;F)…</translation>
    </message>
    <message>
        <source>Waterlogging forecast</source>
        <translation>积水预报</translation>
    </message>
</context>
<context>
    <name>fc::MapActions</name>
    <message>
        <source>&amp;Full extent</source>
        <translation>全图(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Pan / identify</source>
        <translation>平移/查询(&amp;P)</translation>
    </message>
    <message>
        <source>Zoom &amp;box</source>
        <translation>拉框放大(&amp;B)</translation>
    </message>
    <message>
        <source>Measure &amp;distance</source>
        <translation>测距(&amp;D)</translation>
    </message>
    <message>
        <source>Measure &amp;area</source>
        <translation>测面积(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export map image…</source>
        <translation>导出地图图片(&amp;E)…</translation>
    </message>
    <message>
        <source>Export map image</source>
        <translation>导出地图图片</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Rendering %1 × %2 px…</source>
        <translation>正在渲染 %1 × %2 像素…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>PNG images (*.png);;JPEG images (*.jpg *.jpeg)</source>
        <translation>PNG 图像 (*.png);;JPEG 图像 (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Could not write the image:
%1</source>
        <translation>无法写入图像：
%1</translation>
    </message>
</context>
<context>
    <name>fc::MapRenderJob</name>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation>内存不足，无法生成 %1 x %2 的图像</translation>
    </message>
</context>
<context>
    <name>fc::MbTilesSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read tile %1 from %2: %3</source>
        <translation>无法从 %2 读取瓦片 %1：%3</translation>
    </message>
    <message>
        <source>Tile %1 in %2 cannot be decoded</source>
        <translation>%2 中的瓦片 %1 无法解码</translation>
    </message>
    <message>
        <source>The MBTiles file %1 does not exist</source>
        <translation>MBTiles 文件 %1 不存在</translation>
    </message>
    <message>
        <source>Cannot open the MBTiles file %1: %2</source>
        <translation>无法打开 MBTiles 文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (no metadata table)</source>
        <translation>%1 不是 MBTiles 文件（缺少 metadata 表）</translation>
    </message>
    <message>
        <source>%1 holds vector tiles (%2), which are not supported</source>
        <translation>%1 为矢量瓦片（%2），暂不支持</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (no tiles table)</source>
        <translation>%1 不是 MBTiles 文件（缺少 tiles 表）</translation>
    </message>
</context>
<context>
    <name>fc::Operation</name>
    <message>
        <source>no operation store is open</source>
        <translation>未打开行动数据库</translation>
    </message>
    <message>
        <source>nothing to run: no feed endpoint, drop folder or CAP folder is configured</source>
        <translation>无可运行内容：未配置数据接口、投递文件夹或 CAP 文件夹</translation>
    </message>
    <message>
        <source>the intake of this operation already runs elsewhere (%1); one intake evaluates the readings of an operation</source>
        <translation>本行动的数据接入已在别处运行（%1）；一个行动只由一个接入程序评估读数</translation>
    </message>
    <message>
        <source>feed endpoint not started: %1</source>
        <translation>数据接口未启动：%1</translation>
    </message>
    <message>
        <source>feed %1: %2</source>
        <translation>数据接口 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>CAP %1: %2</source>
        <translation>CAP %1：%2</translation>
    </message>
</context>
<context>
    <name>fc::PgBackend</name>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>the database holds no FloodCommand operation (create one with: floodctl init %1)</source>
        <translation>数据库中没有 FloodCommand 行动（可用以下命令创建：floodctl init %1）</translation>
    </message>
    <message>
        <source>written by a newer FloodCommand (schema version %1; this version reads up to %2)</source>
        <translation>由较新版本的 FloodCommand 写入（架构版本 %1；当前版本最高可读取 %2）</translation>
    </message>
    <message>
        <source>schema version %1 on the server is older than this FloodCommand&apos;s %2; the server&apos;s operation must be migrated by an administrator</source>
        <translation>服务器上的架构版本 %1 低于当前 FloodCommand 的版本 %2；服务器上的行动需由管理员迁移</translation>
    </message>
    <message>
        <source>%1 has no row %2</source>
        <translation>%1 没有第 %2 行</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>其他席位</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <source>the store has no table &apos;%1&apos;</source>
        <translation>数据库中没有数据表“%1”</translation>
    </message>
    <message>
        <source>%1 cannot be changed through FloodCommand</source>
        <translation>%1 不能通过 FloodCommand 修改</translation>
    </message>
    <message>
        <source>%1 row %2 was changed by %3 after you read it; nothing was written: reload the row and try again</source>
        <translation>%1 第 %2 行在您读取后已被 %3 修改；未写入任何内容：请重新加载该行后重试</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>audit log: %1</source>
        <translation>审计日志：%1</translation>
    </message>
    <message>
        <source>the server %1 is unreachable since %2: nothing was written (the change was not queued)</source>
        <translation>服务器 %1 自 %2 起无法访问：未写入任何内容（此更改未排队）</translation>
    </message>
    <message>
        <source>imports need the administrator role</source>
        <translation>导入需要管理员角色</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>无法准备导入：%1</translation>
    </message>
    <message>
        <source>%1, feature %2: %3</source>
        <translation>%1，要素 %2：%3</translation>
    </message>
    <message>
        <source>imported %1 features from %2</source>
        <translation>已从 %2 导入 %1 个要素</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>已取消；未导入任何内容</translation>
    </message>
    <message>
        <source>no feature table &apos;%1&apos;</source>
        <translation>没有要素表 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2 row %3: the geometry cannot be decoded</source>
        <translation>%1：%2 第 %3 行：无法解码几何</translation>
    </message>
    <message>
        <source>no table &apos;%1&apos;</source>
        <translation>没有表 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>this rescue team already has an active dispatch: another seat got there first (%1); nothing was written [%2]</source>
        <translation>该抢险队伍已有进行中的调度：其他席位已抢先派遣（%1）；未写入任何内容 [%2]</translation>
    </message>
    <message>
        <source>the server %1 is unreachable: nothing was written</source>
        <translation>服务器 %1 无法访问：未写入任何内容</translation>
    </message>
    <message>
        <source>sensor_readings: readings %1-%2</source>
        <translation>sensor_readings：第 %1-%2 条读数</translation>
    </message>
    <message>
        <source>cannot bring the server&apos;s table layout from %1 to %2 (the table owner or an administrator must open the operation once): %3</source>
        <translation>无法将服务器的表结构从 %1 升级到 %2（须由表的所有者或管理员打开一次本作战数据库）：%3</translation>
    </message>
    <message>
        <source>%1 is written only by the readings ingest (floodctl ingest, the drop folder, the feed)</source>
        <translation>%1 只能由读数导入写入（floodctl ingest、投递文件夹、数据接口）</translation>
    </message>
    <message>
        <source>sensor_readings: reading %1: no sensor with fid %2</source>
        <translation>sensor_readings：第 %1 条读数：没有 fid 为 %2 的站点</translation>
    </message>
    <message>
        <source>sensor_readings: sensor %1, %2: %3</source>
        <translation>sensor_readings：站点 %1，%2：%3</translation>
    </message>
    <message>
        <source>sensor_readings: sensor %1: %2</source>
        <translation>sensor_readings：站点 %1：%2</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>服务器没有响应</translation>
    </message>
    <message>
        <source>%1, table %2: %3</source>
        <translation>%1，表 %2：%3</translation>
    </message>
    <message>
        <source>%1, table %2: read %3 of %4 rows</source>
        <translation>%1，表 %2：只读到 %4 行中的 %3 行</translation>
    </message>
    <message>
        <source>the database already holds an operation; refusing to overwrite it (floodctl copy --replace replaces one)</source>
        <translation>数据库中已有行动；拒绝覆盖（如需替换，请使用 floodctl copy --replace）</translation>
    </message>
    <message>
        <source>%1 may not replace the operation on %2: only its owner or an administrator can; the operation was not changed</source>
        <translation>%1 无权替换 %2 上的行动库：只有其所有者或管理员可以；行动库未被更改</translation>
    </message>
    <message>
        <source>this login</source>
        <translation>此登录账号</translation>
    </message>
    <message>
        <source>PostGIS is not available in this database (%1); ask the administrator to run CREATE EXTENSION postgis</source>
        <translation>此数据库中没有可用的 PostGIS（%1）；请联系管理员执行 CREATE EXTENSION postgis</translation>
    </message>
</context>
<context>
    <name>fc::Prepositioning</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <source>Pre-positioning confirmed: %1</source>
        <translation>已确认预置：%1</translation>
    </message>
</context>
<context>
    <name>fc::ReadingCsv</name>
    <message>
        <source>not an ISO 8601 date-time (YYYY-MM-DDTHH:MM[:SS]+08:00)</source>
        <translation>不是 ISO 8601 日期时间（YYYY-MM-DDTHH:MM[:SS]+08:00）</translation>
    </message>
    <message>
        <source>bad seconds</source>
        <translation>秒数无效</translation>
    </message>
    <message>
        <source>date or time out of range</source>
        <translation>日期或时间超出范围</translation>
    </message>
    <message>
        <source>bad UTC offset</source>
        <translation>UTC 偏移无效</translation>
    </message>
    <message>
        <source>time has no UTC offset (add +08:00 for Beijing time)</source>
        <translation>时间缺少 UTC 偏移（北京时间请加上 +08:00）</translation>
    </message>
    <message>
        <source>unexpected text after the time</source>
        <translation>时间后有多余文本</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>line %1: the header has no %2 column (header: %3)</source>
        <translation>第 %1 行：表头中没有 %2 列（表头：%3）</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>sensor is missing</source>
        <translation>缺少传感器</translation>
    </message>
    <message>
        <source>unknown sensor &apos;%1&apos;</source>
        <translation>未知的传感器 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>time &apos;%1&apos;: %2</source>
        <translation>时间 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>value is missing</source>
        <translation>缺少值</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a number</source>
        <translation>值 &apos;%1&apos; 不是数字</translation>
    </message>
    <message>
        <source>%1: read error (%2)</source>
        <translation>%1：读取错误（%2）</translation>
    </message>
    <message>
        <source>outside the years 0001 to 9999 (in UTC and in Beijing time)</source>
        <translation>超出 0001 至 9999 年的范围（按 UTC 及北京时间）</translation>
    </message>
    <message>
        <source>%1: a line longer than %2 bytes after data row %3: not a readings file; nothing was stored</source>
        <translation>%1：第 %3 个数据行之后有一行超过 %2 字节：不是读数文件；未存储任何内容</translation>
    </message>
    <message>
        <source>expected at most %1 fields, found %2 (a decimal comma or an unquoted separator in a value?)</source>
        <translation>最多应有 %1 个字段，实际 %2 个（数值中有小数逗号或未加引号的分隔符？）</translation>
    </message>
</context>
<context>
    <name>fc::ReadingDay</name>
    <message>
        <source>not a readings block</source>
        <translation>不是读数数据块</translation>
    </message>
    <message>
        <source>written by a newer FloodCommand</source>
        <translation>由更新版本的 FloodCommand 写入</translation>
    </message>
    <message>
        <source>bad count</source>
        <translation>数量错误</translation>
    </message>
    <message>
        <source>bad quality flags</source>
        <translation>质量标记错误</translation>
    </message>
    <message>
        <source>bad times</source>
        <translation>时间错误</translation>
    </message>
    <message>
        <source>bad length</source>
        <translation>长度错误</translation>
    </message>
    <message>
        <source>damaged readings block (%1)</source>
        <translation>读数数据块已损坏（%1）</translation>
    </message>
    <message>
        <source>more than 255 different quality flags in one day of one sensor</source>
        <translation>同一站点一天内的质量标记超过 255 种</translation>
    </message>
</context>
<context>
    <name>fc::ReadingIngest</name>
    <message>
        <source>%1: nothing stored: %2</source>
        <translation>%1：未入库任何内容：%2</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 stored, %4 duplicates, %5 rejected, %6 alarm changes</source>
        <translation>%1：读取 %2 行，入库 %3 行，重复 %4 行，拒绝 %5 行，告警变化 %6 次</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <source>%1: %2 more rejected rows not listed</source>
        <translation>%1：另有 %2 条被拒绝的行未列出</translation>
    </message>
    <message>
        <source>readings from %1</source>
        <translation>来自 %1 的读数</translation>
    </message>
    <message>
        <source>readings out of time order across chunks</source>
        <translation>各数据块之间的读数时间顺序颠倒</translation>
    </message>
    <message>
        <source>%1: %2 readings conflict with stored ones (same sensor and time, another value): left out, the stored values kept</source>
        <translation>%1：%2 条读数与已存读数冲突（同一传感器和时间，数值不同）：未存储，保留已存数值</translation>
    </message>
    <message>
        <source>%1: %2 stored values corrected (the audit log keeps the values they replaced)</source>
        <translation>%1：更正了 %2 个已存数值（审计日志保留被替换的原值）</translation>
    </message>
</context>
<context>
    <name>fc::ReadingIntake</name>
    <message>
        <source>no operation store is open</source>
        <translation>未打开行动数据库</translation>
    </message>
    <message>
        <source>cannot read the evaluation state: %1</source>
        <translation>无法读取告警评估状态：%1</translation>
    </message>
</context>
<context>
    <name>fc::ReplayControls</name>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>返回实时</translation>
    </message>
    <message>
        <source>Typhoon Bebinca (2024)</source>
        <translation>台风“贝碧嘉”（2024）</translation>
    </message>
    <message>
        <source>The replay scenario written by floodctl replay-scenario (illustrative gauge series)</source>
        <translation>由 floodctl replay-scenario 写入的回放情景（监测序列为示意数据）</translation>
    </message>
    <message>
        <source>Replay from</source>
        <translation>回放起点</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Replay %1</source>
        <translation>回放 %1</translation>
    </message>
</context>
<context>
    <name>fc::ReplayPanel</name>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>&amp;Replay a past period…</source>
        <translation>回放历史时段(&amp;R)…</translation>
    </message>
    <message>
        <source>Replay: the window shows a past state; nothing is written while replaying</source>
        <translation>回放：窗口显示的是历史状态；回放期间不写入任何数据</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>返回实时</translation>
    </message>
</context>
<context>
    <name>fc::ReplayScenario</name>
    <message>
        <source>Typhoon Bebinca replay %1 .. %2 (Beijing time): %3 signals, %4 response level changes, %5 readings stored (%6 already there), %7 alarm changes. Gauge series are illustrative.</source>
        <translation>台风“贝碧嘉”回放 %1 .. %2（北京时间）：%3 个预警信号，%4 次响应等级变更，已存储 %5 条读数（%6 条已存在），%7 次告警变更。监测站序列数据仅为示意。</translation>
    </message>
    <message>
        <source>Landfall at Lingang (Pudong), force 14</source>
        <translation>于临港（浦东）登陆，风力 14 级</translation>
    </message>
    <message>
        <source>the store has none of the demo district&apos;s sensors (S-RAIN-xx, S-TIDE-01, S-WL-xx)</source>
        <translation>数据库中没有演示区的任何传感器（S-RAIN-xx、S-TIDE-01、S-WL-xx）</translation>
    </message>
    <message>
        <source>Typhoon Bebinca replay: signals</source>
        <translation>台风“贝碧嘉”回放：预警信号</translation>
    </message>
    <message>
        <source>Typhoon Bebinca replay: response levels</source>
        <translation>台风“贝碧嘉”回放：响应等级</translation>
    </message>
    <message>
        <source>Typhoon Bebinca replay</source>
        <translation>台风“贝碧嘉”回放</translation>
    </message>
    <message>
        <source>Typhoon Bebinca replay (illustrative)</source>
        <translation>台风“贝碧嘉”回放（示意）</translation>
    </message>
    <message>
        <source>Typhoon Bebinca replay: track (illustrative)</source>
        <translation>台风“贝碧嘉”回放：路径（示意）</translation>
    </message>
</context>
<context>
    <name>fc::ReportsPanel</name>
    <message>
        <source>Situation report</source>
        <translation>防汛工作简报</translation>
    </message>
    <message>
        <source>Incident: first report</source>
        <translation>险情首报</translation>
    </message>
    <message>
        <source>Incident: follow-up</source>
        <translation>险情续报</translation>
    </message>
    <message>
        <source>Incident: verified</source>
        <translation>险情核报</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>简报(&amp;B)…</translation>
    </message>
    <message>
        <source>The situation report as of the clock&apos;s time: preview, print, save and issue</source>
        <translation>按当前时钟时间生成防汛工作简报：预览、打印、保存并签发</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>简报与报告</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>期号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至时间</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>%1
%2, %3 bytes, SHA-256 %4</source>
        <translation>%1
%2，%3 字节，SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>fc::ResponseLevel</name>
    <message>
        <source>No response</source>
        <translation>未启动响应</translation>
    </message>
    <message>
        <source>Level %1 response</source>
        <translation>%1级响应</translation>
    </message>
</context>
<context>
    <name>fc::ShapeFieldMap</name>
    <message>
        <source>%1: not a field-name map (expected {&quot;fields&quot;: {&quot;short&quot;: &quot;full name&quot;}})</source>
        <translation>%1：不是字段名对照表（应为 {&quot;fields&quot;: {&quot;短名&quot;: &quot;全名&quot;}}）</translation>
    </message>
</context>
<context>
    <name>fc::Shelters</name>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开设中</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已开放</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>the number of people must be at least 1</source>
        <translation>人数至少为 1</translation>
    </message>
    <message>
        <source>%1 holds %2 people: %3 cannot leave</source>
        <translation>%1 现有 %2 人：无法登记离开 %3 人</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 places taken: %4 more would exceed its capacity; give an override reason to admit them</source>
        <translation>%1 已安置 %2 人（容量 %3 人）：再安置 %4 人将超出容量；如需安置，请填写超额安置理由</translation>
    </message>
</context>
<context>
    <name>fc::SignalDialog</name>
    <message>
        <source>Warning signal</source>
        <translation>预警信号</translation>
    </message>
    <message>
        <source>Issue / change colour</source>
        <translation>发布 / 变更颜色</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>%1 (in force: %2)</source>
        <translation>%1（生效中：%2）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Issued at (Beijing time)</source>
        <translation>发布时间（北京时间）</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>e.g. whole city, central districts</source>
        <translation>例如：全市、中心城区</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Lift %1</source>
        <translation>解除 %1</translation>
    </message>
    <message>
        <source>No %1 signal is in force</source>
        <translation>没有生效中的%1预警信号</translation>
    </message>
    <message>
        <source>Issue %1</source>
        <translation>发布 %1</translation>
    </message>
    <message>
        <source>Update the details of %1</source>
        <translation>更新 %1 的详细信息</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation>将 %1 升级为 %2</translation>
    </message>
    <message>
        <source>Downgrade %1 to %2</source>
        <translation>将 %1 降级为 %2</translation>
    </message>
</context>
<context>
    <name>fc::SignalTableModel</name>
    <message>
        <source>Upgraded</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation>已降级</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>lifted</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>预警信号</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>in force until %1</source>
        <translation>生效至 %1</translation>
    </message>
</context>
<context>
    <name>fc::SituationReport</name>
    <message>
        <source>no response in force</source>
        <translation>未启动应急响应</translation>
    </message>
    <message>
        <source>Level %1 response</source>
        <translation>%1级应急响应</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至时间</translation>
    </message>
    <message>
        <source>Signals in force</source>
        <translation>生效预警信号</translation>
    </message>
    <message>
        <source>Response level</source>
        <translation>应急响应</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>Officer on duty</source>
        <translation>值班员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>imported after this time, shown as now: %1</source>
        <translation>该时间之后重新导入，按当前数据显示：%1</translation>
    </message>
    <message>
        <source>Rain gauge</source>
        <translation>雨量站</translation>
    </message>
    <message>
        <source>1 h (mm)</source>
        <translation>1小时（毫米）</translation>
    </message>
    <message>
        <source>3 h (mm)</source>
        <translation>3小时（毫米）</translation>
    </message>
    <message>
        <source>24 h (mm)</source>
        <translation>24小时（毫米）</translation>
    </message>
    <message>
        <source>Event (mm)</source>
        <translation>过程雨量（毫米）</translation>
    </message>
    <message>
        <source>Hourly rainfall at %1, last 24 hours</source>
        <translation>%1 近24小时逐时雨量</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>Hourly rainfall (hour ending, Beijing time)</source>
        <translation>逐时雨量（时段末，北京时间）</translation>
    </message>
    <message>
        <source>warning %1</source>
        <translation>%1警戒</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>测站</translation>
    </message>
    <message>
        <source>Level (m)</source>
        <translation>水位（米）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Warning level (m)</source>
        <translation>警戒水位（米）</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Flood wall segment (lowest freeboard)</source>
        <translation>防汛墙段（超高最小）</translation>
    </message>
    <message>
        <source>Crest (m)</source>
        <translation>墙顶高程（米）</translation>
    </message>
    <message>
        <source>Water level (m)</source>
        <translation>水位（米）</translation>
    </message>
    <message>
        <source>Freeboard (m)</source>
        <translation>超高（米）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>warning level</source>
        <translation>警戒潮位</translation>
    </message>
    <message>
        <source>lowest crest</source>
        <translation>最低墙顶</translation>
    </message>
    <message>
        <source>Tide level, last 24 hours</source>
        <translation>近24小时潮位</translation>
    </message>
    <message>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <source>Tide level against the warning level and the lowest wall crest</source>
        <translation>潮位与警戒潮位、最低墙顶高程</translation>
    </message>
    <message>
        <source>River levels, last 24 hours</source>
        <translation>近24小时河道水位</translation>
    </message>
    <message>
        <source>River levels against their warning levels</source>
        <translation>河道水位与警戒水位</translation>
    </message>
    <message>
        <source>Flood wall segments</source>
        <translation>一线防汛墙段数</translation>
    </message>
    <message>
        <source>Flood gates open / closed</source>
        <translation>防汛闸门 开启/关闭</translation>
    </message>
    <message>
        <source>Pumping stations (capacity)</source>
        <translation>泵站（排水能力）</translation>
    </message>
    <message>
        <source>%1 (%2 m³/s)</source>
        <translation>%1座（%2立方米每秒）</translation>
    </message>
    <message>
        <source>Open flood gate</source>
        <translation>开启的防汛闸门</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Last operated</source>
        <translation>最近操作</translation>
    </message>
    <message>
        <source>Pumping station</source>
        <translation>泵站</translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation>机组数</translation>
    </message>
    <message>
        <source>Capacity (m³/s)</source>
        <translation>排水能力（立方米每秒）</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>管理单位</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>封闭</translation>
    </message>
    <message>
        <source>slowed</source>
        <translation>缓行</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Open incidents by kind and priority</source>
        <translation>未处置险情（按类别和紧急程度）</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>起</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>险情</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Waterlogged road</source>
        <translation>积水道路</translation>
    </message>
    <message>
        <source>Depth (cm)</source>
        <translation>积水深度（厘米）</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>通行</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>People</source>
        <translation>安置人数</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>入住率</translation>
    </message>
    <message>
        <source>Road closed</source>
        <translation>封闭道路</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（未指定单位）</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Response tasks by unit</source>
        <translation>各单位应急响应工作事项</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>项</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Overdue task</source>
        <translation>逾期事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>出动时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物资</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>To</source>
        <translation>发往</translation>
    </message>
    <message>
        <source>no template for the language %1</source>
        <translation>没有语言 %1 的模板</translation>
    </message>
    <message>
        <source>Open incidents on the district map (numbers as in the table)</source>
        <translation>未处置险情分布图（编号同上表）</translation>
    </message>
    <message>
        <source> (forecast)</source>
        <translation>（预报）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>强度等级</translation>
    </message>
    <message>
        <source>Central pressure (hPa)</source>
        <translation>中心气压（百帕）</translation>
    </message>
    <message>
        <source>Maximum wind (m/s)</source>
        <translation>最大风速（米/秒）</translation>
    </message>
    <message>
        <source>Distance and bearing from the district</source>
        <translation>距本区距离和方位</translation>
    </message>
    <message>
        <source>%1 km, bearing %2°</source>
        <translation>%1 公里，方位 %2°</translation>
    </message>
    <message>
        <source>Closest approach</source>
        <translation>最近距离</translation>
    </message>
    <message>
        <source>%1 km at %2</source>
        <translation>%2 时 %1 公里</translation>
    </message>
    <message>
        <source>does not reach the district</source>
        <translation>不影响本区</translation>
    </message>
    <message>
        <source>reaches %1%2, leaves %3%4</source>
        <translation>%1%2 进入，%3%4 离开</translation>
    </message>
    <message>
        <source>Level-%1 wind circle</source>
        <translation>%1 级风圈</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>reaches %1%2; %3</source>
        <translation>%1%2 进入；%3</translation>
    </message>
    <message>
        <source>leaving time unknown</source>
        <translation>离开时间不明</translation>
    </message>
</context>
<context>
    <name>fc::Store</name>
    <message>
        <source>%1: a read-only opening is for store files; on a server, log in with a viewer role</source>
        <translation>%1：只读打开仅适用于数据库文件；服务器上请以查看者角色登录</translation>
    </message>
    <message>
        <source>%1: this operation is open read-only (role viewer); nothing was imported</source>
        <translation>%1：本作战数据库以只读方式打开（查看者角色）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: upgrade cancelled; the store stays at schema version %2</source>
        <translation>%1：升级已取消，作战数据库仍为第 %2 版结构</translation>
    </message>
</context>
<context>
    <name>fc::StoreActions</name>
    <message>
        <source>&amp;Import into operation…</source>
        <translation>导入到作战数据库(&amp;I)…</translation>
    </message>
    <message>
        <source>Open an operation store to import data into it</source>
        <translation>请先打开作战数据库再导入数据</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Your role (viewer) may only read this operation</source>
        <translation>您的角色（观察员）只能查看本次行动</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Shared operation (postgresql://user@host:port/database).
The password is read from PGPASSWORD or ~/.pgpass and never stored by FloodCommand.</source>
        <translation>共享行动（postgresql://user@host:port/database）。
密码从 PGPASSWORD 或 ~/.pgpass 读取，FloodCommand 不会保存密码。</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>不是服务器地址：%1</translation>
    </message>
    <message>
        <source>Could not start a window for %1</source>
        <translation>无法为 %1 打开窗口</translation>
    </message>
    <message>
        <source>Opened read-only (--read-only): nothing can be changed through this window.</source>
        <translation>已以只读方式打开（--read-only）：本窗口不能修改任何内容。</translation>
    </message>
    <message>
        <source>Opened read-only: the store file or its folder cannot be written here. It can be viewed, replayed and exported, not changed.</source>
        <translation>已以只读方式打开：此处不能写入数据库文件或其所在文件夹。可以查看、回放和导出，不能修改。</translation>
    </message>
    <message>
        <source>This operation is open read-only</source>
        <translation>本作战数据库以只读方式打开</translation>
    </message>
    <message>
        <source>Upgrading the operation store %1 from schema version %2 to %3 (sensor readings are rewritten as one block per sensor and day)…</source>
        <translation>正在将作战数据库 %1 从第 %2 版结构升级到第 %3 版（监测读数改写为按站点、按日的数据块）…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Upgrading operation store</source>
        <translation>正在升级作战数据库</translation>
    </message>
</context>
<context>
    <name>fc::StoreBackend</name>
    <message>
        <source>%1 can be changed only by an administrator (your role: officer)</source>
        <translation>%1 只能由管理员修改（您的角色：值班员）</translation>
    </message>
    <message>
        <source>your role (%1) may only read this operation; nothing was changed</source>
        <translation>您的角色（%1）只能查看本次行动；未作任何更改</translation>
    </message>
    <message>
        <source>%1: geometry is not valid WKT: %2</source>
        <translation>%1：几何不是有效的 WKT：%2</translation>
    </message>
    <message>
        <source>%1 holds %2 geometries, not %3</source>
        <translation>%1 中的几何类型为 %2，而非 %3</translation>
    </message>
    <message>
        <source>%1 has no column &apos;%2&apos;</source>
        <translation>%1 中没有列 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1.%2 needs a value</source>
        <translation>%1.%2 必须填写值</translation>
    </message>
    <message>
        <source>%1.%2: &apos;%3&apos; is not a valid %4</source>
        <translation>%1.%2：&apos;%3&apos; 不是有效的 %4</translation>
    </message>
    <message>
        <source> (allowed: %1)</source>
        <translation>（允许值：%1）</translation>
    </message>
</context>
<context>
    <name>fc::StoreCheck</name>
    <message>
        <source>an empty block</source>
        <translation>空数据块</translation>
    </message>
    <message>
        <source>its row says %1 readings from %2 to %3, the block holds %4 from %5 to %6</source>
        <translation>记录行为 %1 条读数（%2 至 %3），数据块实为 %4 条（%5 至 %6）</translation>
    </message>
    <message>
        <source>reading_days row %1 (sensor %2, %3): %4</source>
        <translation>reading_days 第 %1 行（站点 %2，%3）：%4</translation>
    </message>
    <message>
        <source>%1 more damaged reading blocks</source>
        <translation>另有 %1 个损坏的读数数据块</translation>
    </message>
</context>
<context>
    <name>fc::StoreLayerSync</name>
    <message>
        <source>Map layer %1 could not be re-read: %2</source>
        <translation>无法重新读取地图图层 %1：%2</translation>
    </message>
    <message>
        <source>Map layer %1: %2 changed rows have a geometry that cannot be drawn</source>
        <translation>地图图层 %1：有 %2 个已更改的行的几何无法绘制</translation>
    </message>
    <message>
        <source>Replay: %1 past rows have a geometry that cannot be drawn</source>
        <translation>回放：%1 条历史记录的几何无法绘制</translation>
    </message>
</context>
<context>
    <name>fc::StoreTableModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>fc::StoreWorker</name>
    <message>
        <source>%1 has no row %2</source>
        <translation>%1 没有第 %2 行</translation>
    </message>
    <message>
        <source>the store has no table &apos;%1&apos;</source>
        <translation>数据库中没有数据表“%1”</translation>
    </message>
    <message>
        <source>%1 cannot be changed through FloodCommand</source>
        <translation>%1 不能通过 FloodCommand 修改</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: cannot start reading: %2</source>
        <translation>%1：无法开始读取：%2</translation>
    </message>
    <message>
        <source>%1: no feature table &apos;%2&apos;</source>
        <translation>%1：没有要素表 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2 row %3: the geometry cannot be decoded</source>
        <translation>%1：%2 第 %3 行：无法解码几何</translation>
    </message>
    <message>
        <source>%1: reading %2 failed: %3</source>
        <translation>%1：读取 %2 失败：%3</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>其他席位</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <source>%1 row %2 was changed by %3 after you read it; nothing was written: reload the row and try again</source>
        <translation>%1 第 %2 行在您读取后已被 %3 修改；未写入任何内容：请重新加载该行后重试</translation>
    </message>
    <message>
        <source>no table &apos;%1&apos;</source>
        <translation>没有表 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>this rescue team already has an active dispatch: another seat got there first (%1); nothing was written [%2]</source>
        <translation>该抢险队伍已有进行中的调度：其他席位已抢先派遣（%1）；未写入任何内容 [%2]</translation>
    </message>
    <message>
        <source>schema version %1 would have to be migrated to %2, which a read-only opening cannot do; open it once where it can be written</source>
        <translation>架构版本 %1 需要迁移到 %2，只读打开无法迁移；请先在可写的位置打开一次</translation>
    </message>
    <message>
        <source>%1 is written only by the readings ingest (floodctl ingest, the drop folder, the feed)</source>
        <translation>%1 只能由读数导入写入（floodctl ingest、投递文件夹、数据接口）</translation>
    </message>
    <message>
        <source>sensor_readings: reading %1: no sensor with fid %2</source>
        <translation>sensor_readings：第 %1 条读数：没有 fid 为 %2 的站点</translation>
    </message>
    <message>
        <source>sensor_readings: sensor %1, %2: %3</source>
        <translation>sensor_readings：站点 %1，%2：%3</translation>
    </message>
    <message>
        <source>sensor_readings: sensor %1: %2</source>
        <translation>sensor_readings：站点 %1：%2</translation>
    </message>
    <message>
        <source>%1: another program (a long import, or another seat) holds the store for writing; waited 10 s for it; nothing was written: try again when it has finished</source>
        <translation>%1：另一个程序（较长的导入或另一席位）正在写入该库；已等待 10 秒；未写入任何内容：请待其完成后重试</translation>
    </message>
    <message>
        <source>%1, table %2: %3</source>
        <translation>%1，表 %2：%3</translation>
    </message>
    <message>
        <source>%1, table %2: read %3 of %4 rows</source>
        <translation>%1，表 %2：只读到 %4 行中的 %3 行</translation>
    </message>
</context>
<context>
    <name>fc::Supplies</name>
    <message>
        <source>&apos;%1&apos; is not shelter:ID, incident:ID, team:ID or drill[:NAME]</source>
        <translation>“%1”不是 shelter:编号、incident:编号、team:编号 或 drill[:名称]</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 needs an id (a whole number from 1)</source>
        <translation>“%1”：%2 需要编号（从 1 起的整数）</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>采购入库</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还入库</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放出库</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>调拨出库</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>调拨入库</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>报废核销</translation>
    </message>
    <message>
        <source>Stock-take difference</source>
        <translation>盘点差异</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>险情</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>%1: %2 %3 in stock, minimum %4</source>
        <translation>%1：库存 %2 %3，低于最低库存 %4</translation>
    </message>
    <message>
        <source>%1: %2 %3 expire on %4</source>
        <translation>%1：%2 %3 将于 %4 到期</translation>
    </message>
    <message>
        <source>%1: %2 %3 expired on %4</source>
        <translation>%1：%2 %3 已于 %4 过期</translation>
    </message>
    <message>
        <source>allocation request %1</source>
        <translation>调拨申请 %1</translation>
    </message>
    <message>
        <source>not enough %1: %2 wanted, %3 left; nothing was issued</source>
        <translation>%1 库存不足：申领 %2，仅剩 %3；未出库</translation>
    </message>
</context>
<context>
    <name>fc::SuppliesPanel</name>
    <message>
        <source>Supplies warehouse</source>
        <translation>物资仓库</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>品种数</translation>
    </message>
    <message>
        <source>Alarms: low stock and expiry</source>
        <translation>告警：库存不足与临期</translation>
    </message>
    <message>
        <source>Recent movements</source>
        <translation>最近出入库</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>出入库类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>To / from</source>
        <translation>去向 / 来源</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Allocation requests</source>
        <translation>调拨申请</translation>
    </message>
    <message>
        <source>Confirm and issue</source>
        <translation>确认并出库</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>安置点</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>People / places</source>
        <translation>安置人数 / 容量</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>入住率</translation>
    </message>
    <message>
        <source>From: street, housing estate or address</source>
        <translation>转移来源：街道、小区或地址</translation>
    </message>
    <message>
        <source>Override reason (only to admit people over capacity)</source>
        <translation>超额安置理由（仅超出容量时填写）</translation>
    </message>
    <message>
        <source>Record arrival</source>
        <translation>登记转入</translation>
    </message>
    <message>
        <source>Record departure</source>
        <translation>登记离开</translation>
    </message>
    <message>
        <source>People</source>
        <translation>安置人数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转移来源</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>超额安置</translation>
    </message>
    <message>
        <source>Request supplies</source>
        <translation>申请物资</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>物资</translation>
    </message>
    <message>
        <source>Supplies &amp;warehouse</source>
        <translation>物资仓库(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;helters</source>
        <translation>安置点(&amp;H)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>At or above minimum</source>
        <translation>不低于最低库存</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>低于最低库存</translation>
    </message>
    <message>
        <source>Replay: stock at %1 (Beijing time), read-only</source>
        <translation>回放：%1（北京时间）的库存，只读</translation>
    </message>
    <message>
        <source>%1 kinds, %2 items in %3 warehouses · %4 below minimum</source>
        <translation>%1 个品种，%3 个仓库共 %2 件 · %4 个品种低于最低库存</translation>
    </message>
    <message>
        <source>Replay: occupancy at %1 (Beijing time), read-only</source>
        <translation>回放：%1（北京时间）的安置情况，只读</translation>
    </message>
    <message>
        <source>%1 people in %2 shelters (%3 places) · %4 full · moved in so far: %5 elderly, %6 children, %7 disabled</source>
        <translation>%2 个安置点共安置 %1 人（容量 %3 人）· %4 个已满 · 累计转入：老人 %5 人，儿童 %6 人，残疾人 %7 人</translation>
    </message>
    <message>
        <source>no operation store is open</source>
        <translation>未打开作战数据库</translation>
    </message>
    <message>
        <source>Choose a kind, a warehouse and a shelter</source>
        <translation>请选择物资品种、仓库和安置点</translation>
    </message>
    <message>
        <source>Issued %1 %2</source>
        <translation>已出库 %1 %2</translation>
    </message>
    <message>
        <source>Not issued: %1</source>
        <translation>未出库：%1</translation>
    </message>
    <message>
        <source>issued from the warehouse panel</source>
        <translation>物资仓库面板出库</translation>
    </message>
    <message>
        <source>supplies issued</source>
        <translation>物资出库</translation>
    </message>
    <message>
        <source>%1: %2 people recorded</source>
        <translation>%1：已登记 %2 人</translation>
    </message>
    <message>
        <source>%1 filled up meanwhile (another seat): give an override reason to admit them</source>
        <translation>%1 已被其他席位安置满员：如需继续安置，请填写超额安置理由</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未登记：%1</translation>
    </message>
    <message>
        <source>people moved</source>
        <translation>人员转移</translation>
    </message>
    <message>
        <source>Choose a shelter and a kind</source>
        <translation>请选择安置点和物资品种</translation>
    </message>
    <message>
        <source>Request sent to the warehouse</source>
        <translation>申请已发送至物资仓库</translation>
    </message>
    <message>
        <source>Not requested: %1</source>
        <translation>未申请：%1</translation>
    </message>
    <message>
        <source>allocation request</source>
        <translation>物资调拨申请</translation>
    </message>
    <message>
        <source>Select a request to confirm</source>
        <translation>请选择要确认的申请</translation>
    </message>
    <message>
        <source>Request confirmed: %1 %2 issued</source>
        <translation>申请已确认：已出库 %1 %2</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>未确认：%1</translation>
    </message>
    <message>
        <source>allocation confirmed</source>
        <translation>物资调拨已确认</translation>
    </message>
</context>
<context>
    <name>fc::SupplyBooks</name>
    <message>
        <source>cannot read the supplies from %1</source>
        <translation>无法从 %1 读取物资数据</translation>
    </message>
</context>
<context>
    <name>fc::TeamBoardModel</name>
    <message>
        <source>post: %1</source>
        <translation>值守点：%1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>当前状态持续时间</translation>
    </message>
    <message>
        <source>Current task</source>
        <translation>当前任务</translation>
    </message>
</context>
<context>
    <name>fc::TileDownloader</name>
    <message>
        <source>Tile %1: network access is disabled (offline mode)</source>
        <translation>瓦片 %1：网络访问已禁用（离线模式）</translation>
    </message>
    <message>
        <source>Tile %1: the source cannot download tiles</source>
        <translation>瓦片 %1：该数据源不能下载瓦片</translation>
    </message>
    <message>
        <source>Tile %1: invalid URL</source>
        <translation>瓦片 %1：URL 无效</translation>
    </message>
    <message>
        <source>Tile %1: %2</source>
        <translation>瓦片 %1：%2</translation>
    </message>
    <message>
        <source>Tile %1: empty reply from %2</source>
        <translation>瓦片 %1：%2 返回空内容</translation>
    </message>
</context>
<context>
    <name>fc::TileLayer</name>
    <message>
        <source>Tile %1 cannot be decoded</source>
        <translation>瓦片 %1 无法解码</translation>
    </message>
</context>
<context>
    <name>fc::TileLayerRenderer</name>
    <message>
        <source>tile %1/%2/%3 could not be read: %4</source>
        <translation>无法读取瓦片 %1/%2/%3：%4</translation>
    </message>
</context>
<context>
    <name>fc::Typhoon</name>
    <message>
        <source>Below tropical depression</source>
        <translation>弱于热带低压</translation>
    </message>
    <message>
        <source>Tropical depression</source>
        <translation>热带低压</translation>
    </message>
    <message>
        <source>Tropical storm</source>
        <translation>热带风暴</translation>
    </message>
    <message>
        <source>Severe tropical storm</source>
        <translation>强热带风暴</translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation>台风</translation>
    </message>
    <message>
        <source>Severe typhoon</source>
        <translation>强台风</translation>
    </message>
    <message>
        <source>Super typhoon</source>
        <translation>超强台风</translation>
    </message>
    <message>
        <source>Extratropical</source>
        <translation>变性温带气旋</translation>
    </message>
    <message>
        <source>Grade unknown</source>
        <translation>强度等级不明</translation>
    </message>
    <message>
        <source>already within at the start of the track</source>
        <translation>路径起点时已在风圈内</translation>
    </message>
    <message>
        <source>radii not issued before %1: arrived no later than this</source>
        <translation>%1 之前未发布风圈半径：最迟于此时进入</translation>
    </message>
    <message>
        <source>not reached where radii were issued; radii not issued for part of the track</source>
        <translation>在已发布风圈半径的时段内未影响；部分路径未发布风圈半径</translation>
    </message>
    <message>
        <source>radii not issued from %1: departure unknown</source>
        <translation>自 %1 起未发布风圈半径：离开时间不明</translation>
    </message>
    <message>
        <source>still within at the end of the track (%1)</source>
        <translation>路径末端（%1）时仍在风圈内</translation>
    </message>
</context>
<context>
    <name>fc::TyphoonExport</name>
    <message>
        <source>%1: write .geojson, .kml or .gpkg</source>
        <translation>%1：请输出为 .geojson、.kml 或 .gpkg</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL 没有 %1 驱动</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>fc::TyphoonFiles</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>the storm&apos;s header announces %1 more rows than follow it</source>
        <translation>该台风的头记录所列行数比其后实际多 %1 行</translation>
    </message>
    <message>
        <source>a storm header needs at least 7 fields (66666, international number, rows, serial, Chinese number, end flag, interval), found %1</source>
        <translation>台风头记录至少需要 7 个字段（66666、国际编号、行数、序号、中国编号、终结标志、时间间隔），实有 %1 个</translation>
    </message>
    <message>
        <source>international number &apos;%1&apos; is not four digits</source>
        <translation>国际编号“%1”不是四位数字</translation>
    </message>
    <message>
        <source>number of rows &apos;%1&apos; is not a count from 1 to 2000</source>
        <translation>行数“%1”不是 1 至 2000 之间的计数</translation>
    </message>
    <message>
        <source>serial number &apos;%1&apos; is not a number</source>
        <translation>序号“%1”不是数字</translation>
    </message>
    <message>
        <source>end flag &apos;%1&apos; is not 0, 1, 2 or 3</source>
        <translation>终结标志“%1”不是 0、1、2 或 3</translation>
    </message>
    <message>
        <source>row interval &apos;%1&apos; is not a number of hours</source>
        <translation>时间间隔“%1”不是小时数</translation>
    </message>
    <message>
        <source>data before the first storm header (66666 ...)</source>
        <translation>第一条台风头记录（66666 …）之前有数据</translation>
    </message>
    <message>
        <source>more rows than the storm&apos;s header announces</source>
        <translation>行数超过该台风头记录所列行数</translation>
    </message>
    <message>
        <source>a row has 6 or 7 fields (time, grade, latitude, longitude, pressure, wind [, coastal wind]), found %1</source>
        <translation>数据行应有 6 或 7 个字段（时间、强度等级、纬度、经度、气压、风速[、沿海大风]），实有 %1 个</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; is not YYYYMMDDHH</source>
        <translation>时间“%1”不是 YYYYMMDDHH 格式</translation>
    </message>
    <message>
        <source>time %1 is not after the storm&apos;s previous row</source>
        <translation>时间 %1 不晚于该台风的上一行</translation>
    </message>
    <message>
        <source>grade &apos;%1&apos; is not 0-6 or 9</source>
        <translation>强度等级“%1”不是 0–6 或 9</translation>
    </message>
    <message>
        <source>latitude &apos;%1&apos; is not in 0.1 degrees (-900..900)</source>
        <translation>纬度“%1”不是以 0.1 度为单位的值（-900..900）</translation>
    </message>
    <message>
        <source>longitude &apos;%1&apos; is not in 0.1 degrees (0..3600)</source>
        <translation>经度“%1”不是以 0.1 度为单位的值（0..3600）</translation>
    </message>
    <message>
        <source>pressure &apos;%1&apos; is not hPa (850..1100)</source>
        <translation>气压“%1”不是百帕值（850..1100）</translation>
    </message>
    <message>
        <source>wind &apos;%1&apos; is not m/s (0..120)</source>
        <translation>风速“%1”不是米/秒值（0..120）</translation>
    </message>
    <message>
        <source>%1: no storm found (a CMA best-track file starts each storm with 66666)</source>
        <translation>%1：未找到台风（CMA 最佳路径文件中每个台风以 66666 开头）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>time missing</source>
        <translation>缺少时间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (YYYY-MM-DD hh:mm:ss, Beijing time)</source>
        <translation>“%1”不是时间（YYYY-MM-DD hh:mm:ss，北京时）</translation>
    </message>
    <message>
        <source>longitude missing or not in -180..180</source>
        <translation>经度缺失或不在 -180..180 范围内</translation>
    </message>
    <message>
        <source>latitude missing or not in -90..90</source>
        <translation>纬度缺失或不在 -90..90 范围内</translation>
    </message>
    <message>
        <source>expected {ne, se, sw, nw} in km or null</source>
        <translation>应为以公里计的 {ne, se, sw, nw} 或 null</translation>
    </message>
    <message>
        <source>radius is not km from 0 to 2000 (null: not issued)</source>
        <translation>半径不是 0 至 2000 公里之间的值（null 表示未发布）</translation>
    </message>
    <message>
        <source>pressure is not hPa (850..1100)</source>
        <translation>气压不是百帕值（850..1100）</translation>
    </message>
    <message>
        <source>wind speed is not m/s (0..120)</source>
        <translation>风速不是米/秒值（0..120）</translation>
    </message>
    <message>
        <source>wind force is not a Beaufort level (0..20)</source>
        <translation>风力不是蒲福风级（0..20）</translation>
    </message>
    <message>
        <source>movement speed is not km/h (0..200)</source>
        <translation>移动速度不是公里/小时值（0..200）</translation>
    </message>
    <message>
        <source>storm number missing (tfbh or number)</source>
        <translation>缺少台风编号（tfbh 或 number）</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected a list of landfalls</source>
        <translation>应为登陆记录列表</translation>
    </message>
    <message>
        <source>expected a list of points</source>
        <translation>应为路径点列表</translation>
    </message>
    <message>
        <source>time %1 is not after the previous point&apos;s</source>
        <translation>时间 %1 不晚于上一路径点</translation>
    </message>
    <message>
        <source>forecast agency missing</source>
        <translation>缺少预报机构</translation>
    </message>
    <message>
        <source>forecast time %1 is before the point it was issued from</source>
        <translation>预报时间 %1 早于其起报路径点</translation>
    </message>
    <message>
        <source>expected a list of forecasts by agency</source>
        <translation>应为按机构列出的预报列表</translation>
    </message>
    <message>
        <source>%1, line %2: not JSON: %3</source>
        <translation>%1，第 %2 行：不是 JSON：%3</translation>
    </message>
    <message>
        <source>%1, %2: expected a storm object</source>
        <translation>%1，%2：应为台风对象</translation>
    </message>
    <message>
        <source>%1: no storm in the file</source>
        <translation>%1：文件中没有台风</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: %2 MiB is over the %3 MiB a typhoon file may have</source>
        <translation>%1：%2 MiB 超过台风文件上限 %3 MiB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, line 1: neither a CMA best-track file (66666 ...) nor a bulletin JSON; say which with --format</source>
        <translation>%1，第 1 行：既不是 CMA 最佳路径文件（66666 …）也不是台风公报 JSON；请用 --format 指明</translation>
    </message>
    <message>
        <source>%1: no storm &apos;%2&apos; in the file</source>
        <translation>%1：文件中没有台风“%2”</translation>
    </message>
</context>
<context>
    <name>fc::TyphoonLayers</name>
    <message>
        <source>Forecast track (dashed)</source>
        <translation>预报路径（虚线）</translation>
    </message>
    <message>
        <source>24 h warning line</source>
        <translation>24小时警戒线</translation>
    </message>
    <message>
        <source>48 h warning line</source>
        <translation>48小时警戒线</translation>
    </message>
    <message>
        <source>Forecast cone</source>
        <translation>预报误差圆锥</translation>
    </message>
    <message>
        <source>7-level wind circle (gale)</source>
        <translation>7级风圈</translation>
    </message>
    <message>
        <source>10-level wind circle</source>
        <translation>10级风圈</translation>
    </message>
    <message>
        <source>12-level wind circle</source>
        <translation>12级风圈</translation>
    </message>
    <message>
        <source>Forecast position</source>
        <translation>预报位置</translation>
    </message>
    <message>
        <source>Landfall</source>
        <translation>登陆点</translation>
    </message>
    <message>
        <source>Typhoon position now</source>
        <translation>台风当前位置</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预报</translation>
    </message>
    <message>
        <source>interpolated</source>
        <translation>插值</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>台风</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>强度等级</translation>
    </message>
    <message>
        <source>Pressure (hPa)</source>
        <translation>中心气压（百帕）</translation>
    </message>
    <message>
        <source>Wind (m/s)</source>
        <translation>最大风速（米每秒）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Radii</source>
        <translation>风圈半径</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation>台风</translation>
    </message>
    <message>
        <source>Typhoon wind circles and forecast cone</source>
        <translation>台风风圈与预报误差圆锥</translation>
    </message>
    <message>
        <source>Typhoon tracks</source>
        <translation>台风路径</translation>
    </message>
    <message>
        <source>Typhoon positions</source>
        <translation>台风位置</translation>
    </message>
</context>
<context>
    <name>fc::TyphoonPanel</name>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>东北</translation>
    </message>
    <message>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>东南</translation>
    </message>
    <message>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>西南</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>西北</translation>
    </message>
    <message>
        <source>Typhoon %1 (%2)</source>
        <translation>台风“%1”（%2）</translation>
    </message>
    <message>
        <source>over the district</source>
        <translation>位于本区上空</translation>
    </message>
    <message>
        <source>%1 km %2 of the district</source>
        <translation>位于本区%2方 %1 公里</translation>
    </message>
    <message>
        <source>%1 m/s</source>
        <translation>%1 米/秒</translation>
    </message>
    <message>
        <source>(position from the forecast)</source>
        <translation>（位置取自预报）</translation>
    </message>
    <message>
        <source>%1-level circle since %2</source>
        <translation>%1级风圈 %2 起影响本区</translation>
    </message>
    <message>
        <source>%1-level circle arrives %2</source>
        <translation>%1级风圈预计 %2 影响本区</translation>
    </message>
    <message>
        <source>, leaves %1</source>
        <translation>，%1 移出</translation>
    </message>
    <message>
        <source>(forecast)</source>
        <translation>（预报）</translation>
    </message>
    <message>
        <source>7-level circle: not forecast to reach the district</source>
        <translation>7级风圈：预计不影响本区</translation>
    </message>
    <message>
        <source>closest %1 km at %2</source>
        <translation>%2 最近距离 %1 公里</translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation>台风</translation>
    </message>
    <message>
        <source>Plan proposes typhoon %1: %2</source>
        <translation>预案建议发布台风%1预警：%2</translation>
    </message>
</context>
<context>
    <name>fc::TyphoonProposal</name>
    <message>
        <source>the %1-level wind circle is over the district (since %2, UTC+8)</source>
        <translation>%1级风圈已影响本区（自北京时 %2 起）</translation>
    </message>
    <message>
        <source>the %1-level wind circle is forecast to reach the district at %2 (UTC+8), within %3 h</source>
        <translation>%1级风圈预计于北京时 %2 影响本区，在 %3 小时内</translation>
    </message>
</context>
<context>
    <name>fc::TyphoonStore</name>
    <message>
        <source>%1 storm(s) (%2 new): %3 point(s) added, %4 updated, %5 unchanged; %6 forecast point(s), %7 landfall(s)</source>
        <translation>%1 个台风（新增 %2 个）：新增路径点 %3 个，更新 %4 个，未变 %5 个；预报点 %6 个，登陆记录 %7 条</translation>
    </message>
    <message>
        <source>the store is at schema version %1; typhoons need version 6</source>
        <translation>数据库结构版本为 %1；台风数据需要版本 6</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos; (file, feed or officer)</source>
        <translation>未知来源“%1”（file、feed 或 officer）</translation>
    </message>
    <message>
        <source>the store has no district boundary (give a place with --point LON,LAT)</source>
        <translation>数据库中没有区界（请用 --point 经度,纬度 指定地点）</translation>
    </message>
</context>
<context>
    <name>fc::UiLanguage</name>
    <message>
        <source>en</source>
        <comment>the code of the interface language</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>this district</source>
        <translation>本区</translation>
    </message>
    <message>
        <source>central districts</source>
        <translation>中心城区</translation>
    </message>
</context>
<context>
    <name>fc::WallBannerView</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 项待办</numerusform>
        </translation>
    </message>
    <message>
        <source>No warning signal in force</source>
        <translation>当前无预警信号</translation>
    </message>
</context>
<context>
    <name>fc::WallChartView</name>
    <message numerus="yes">
        <source>%1 — last %n h</source>
        <translation>
            <numerusform>%1 — 最近 %n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::WallChecklistView</name>
    <message>
        <source>(no unit)</source>
        <translation>（未指定单位）</translation>
    </message>
    <message>
        <source>Checklist by unit</source>
        <translation>各单位任务落实</translation>
    </message>
    <message>
        <source>No checklist started</source>
        <translation>尚未启动任务清单</translation>
    </message>
</context>
<context>
    <name>fc::WallCommand</name>
    <message>
        <source>&apos;%1&apos;: expected home, incident:ID, bookmark:NAME, layout:NAME or chart:SENSOR</source>
        <translation>“%1”：应为 home、incident:编号、bookmark:名称、layout:名称 或 chart:站点</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: an incident is given by its number (incident:12)</source>
        <translation>“%1”：险情须以编号指定（incident:12）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown kind &apos;%2&apos; (expected incident, bookmark, layout or chart)</source>
        <translation>“%1”：未知类型“%2”（应为 incident、bookmark、layout 或 chart）</translation>
    </message>
    <message>
        <source>Standing layout</source>
        <translation>常设画面</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>险情 %1</translation>
    </message>
    <message>
        <source>Saved view %1</source>
        <translation>视点 %1</translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation>布局 %1</translation>
    </message>
    <message>
        <source>Gauge chart %1</source>
        <translation>监测曲线 %1</translation>
    </message>
</context>
<context>
    <name>fc::WallCommandFeed</name>
    <message>
        <source>Wall command %1 not shown: %2</source>
        <translation>大屏指令 %1 未执行：%2</translation>
    </message>
</context>
<context>
    <name>fc::WallController</name>
    <message>
        <source>Rescue teams</source>
        <translation>抢险队伍</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%2 支中 %1 支待命</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>未结险情</translation>
    </message>
    <message>
        <source>Alarms in force</source>
        <translation>当前告警</translation>
    </message>
    <message>
        <source>%1 · %2 unacknowledged</source>
        <translation>%1 · %2 条未确认</translation>
    </message>
    <message>
        <source>Server connection restored (lost at %1); the wall shows the current state again</source>
        <translation>服务器连接已恢复（%1 断开）；大屏重新显示当前状态</translation>
    </message>
    <message>
        <source>Disconnected from the server since %1 — showing the last state; reconnecting…</source>
        <translation>自 %1 起与服务器断开 — 显示最后状态；正在重连…</translation>
    </message>
    <message>
        <source>this layout has no map</source>
        <translation>该布局没有地图</translation>
    </message>
    <message>
        <source>no saved view named &apos;%1&apos; on this wall</source>
        <translation>本大屏没有名为“%1”的视点</translation>
    </message>
    <message>
        <source>this layout has no chart</source>
        <translation>该布局没有监测曲线</translation>
    </message>
    <message>
        <source>no sensor &apos;%1&apos; in this operation</source>
        <translation>本次行动中没有站点“%1”</translation>
    </message>
    <message>
        <source>Not shown on the wall: %1 — %2</source>
        <translation>未在大屏显示：%1 — %2</translation>
    </message>
    <message>
        <source>On the wall: %1</source>
        <translation>大屏显示：%1</translation>
    </message>
    <message>
        <source>On the wall: %1 (put up by %2)</source>
        <translation>大屏显示：%1（由 %2 推送）</translation>
    </message>
    <message>
        <source>Not shown on the wall (answer it at a desk seat): %1</source>
        <translation>大屏不显示对话框（请在值班席处理）：%1</translation>
    </message>
</context>
<context>
    <name>fc::WallLayout</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: a wall layout is a JSON object</source>
        <translation>%1：大屏布局须为 JSON 对象</translation>
    </message>
    <message>
        <source>%1: the layout has no &quot;name&quot;</source>
        <translation>%1：布局没有 &quot;name&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;screens&quot; must list 1 to 16 screens</source>
        <translation>%1：&quot;screens&quot; 须列出 1 至 16 块屏</translation>
    </message>
    <message>
        <source>%1, screen %2: row and column stretches are whole numbers 1..100</source>
        <translation>%1，第 %2 屏：行、列比例须为 1 至 100 的整数</translation>
    </message>
    <message>
        <source>%1, screen %2: no views</source>
        <translation>%1，第 %2 屏：没有视图</translation>
    </message>
    <message>
        <source>%1, screen %2, view %3</source>
        <translation>%1，第 %2 屏，第 %3 个视图</translation>
    </message>
    <message>
        <source>%1: unknown view &apos;%2&apos; (expected one of %3)</source>
        <translation>%1：未知视图“%2”（应为 %3 之一）</translation>
    </message>
    <message>
        <source>%1 (%2): cell row %3, column %4, span %5 x %6 lies outside the screen&apos;s %7 x %8 grid</source>
        <translation>%1（%2）：第 %3 行、第 %4 列、跨 %5 × %6 的单元格超出该屏 %7 × %8 的网格</translation>
    </message>
    <message>
        <source>%1 (%2): overlaps another view of the screen</source>
        <translation>%1（%2）：与该屏的另一视图重叠</translation>
    </message>
    <message>
        <source>%1: bookmark &apos;%2&apos; needs a name, lon, lat and width_m (at least 50 m)</source>
        <translation>%1：视点“%2”须有名称、经度、纬度和 width_m（至少 50 米）</translation>
    </message>
    <message>
        <source>%1: rotation needs seconds of at least 5 (0: off) and return_minutes of at least 1</source>
        <translation>%1：轮播间隔 seconds 至少 5 秒（0 为关闭），return_minutes 至少 1 分钟</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no wall layout named &apos;%1&apos; (built in: %2; yours in %3)</source>
        <translation>没有名为“%1”的大屏布局（内置：%2；自定义位于 %3）</translation>
    </message>
</context>
<context>
    <name>fc::WallListView</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>fc::WallMapView</name>
    <message>
        <source>Incident %1 is not in this operation</source>
        <translation>本次行动中没有险情 %1</translation>
    </message>
    <message>
        <source>Incident %1 has no location</source>
        <translation>险情 %1 没有位置</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 分钟</translation>
    </message>
</context>
<context>
    <name>fc::WallModePanel</name>
    <message>
        <source>Not shown on the wall: %1</source>
        <translation>未在大屏上显示：%1</translation>
    </message>
</context>
<context>
    <name>fc::WallSteerPanel</name>
    <message>
        <source>&amp;Wall display</source>
        <translation>指挥大屏(&amp;W)</translation>
    </message>
    <message>
        <source>Back to the &amp;standing layout</source>
        <translation>恢复常设画面(&amp;S)</translation>
    </message>
    <message>
        <source>Show an &amp;incident…</source>
        <translation>显示险情(&amp;I)…</translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation>上大屏</translation>
    </message>
    <message>
        <source>Incident number:</source>
        <translation>险情编号：</translation>
    </message>
    <message>
        <source>Show a saved &amp;view…</source>
        <translation>显示视点(&amp;V)…</translation>
    </message>
    <message>
        <source>Saved view (its name):</source>
        <translation>视点名称：</translation>
    </message>
    <message>
        <source>Show a gauge &amp;chart…</source>
        <translation>显示监测曲线(&amp;C)…</translation>
    </message>
    <message>
        <source>Sensor id (e.g. S-TIDE-01):</source>
        <translation>站点编号（如 S-TIDE-01）：</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <source>No operation store is open: nothing can be put on the wall</source>
        <translation>未打开行动数据库：无法上大屏</translation>
    </message>
    <message>
        <source>Sent to the wall: %1</source>
        <translation>已推送至大屏：%1</translation>
    </message>
    <message>
        <source>Not sent to the wall: %1</source>
        <translation>未能上大屏：%1</translation>
    </message>
    <message>
        <source>Wall display</source>
        <translation>指挥大屏</translation>
    </message>
</context>
<context>
    <name>fc::WallTickerView</name>
    <message>
        <source>%1 issued</source>
        <translation>发布%1</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1（原为%2）</translation>
    </message>
    <message>
        <source>%1 lifted</source>
        <translation>解除%1</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>应急响应：%1</translation>
    </message>
    <message>
        <source>%1 alarm: %2 (%3)</source>
        <translation>%1告警：%2（%3）</translation>
    </message>
    <message>
        <source>Incident %1 reported: %2</source>
        <translation>接报险情 %1：%2</translation>
    </message>
    <message>
        <source>%1 dispatched to incident %2</source>
        <translation>%1 已派往险情 %2</translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation>最新动态</translation>
    </message>
    <message>
        <source>No events since the wall started</source>
        <translation>大屏启动以来暂无动态</translation>
    </message>
</context>
<context>
    <name>fc::WallWindow</name>
    <message>
        <source>FloodCommand wall — screen %1</source>
        <translation>防汛指挥大屏 — 第 %1 屏</translation>
    </message>
</context>
<context>
    <name>fc::WarningBanner</name>
    <message>
        <source>No warning signal in force</source>
        <translation>没有生效中的预警信号</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 项未完成</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::WarningService</name>
    <message>
        <source>no operation store is open</source>
        <translation>未打开行动数据库</translation>
    </message>
    <message>
        <source>a replay is showing: nothing can be written</source>
        <translation>正在显示回放：无法写入任何内容</translation>
    </message>
    <message>
        <source>warning signal: %1</source>
        <translation>预警信号：%1</translation>
    </message>
    <message>
        <source>warning signal lifted: %1</source>
        <translation>预警信号已解除：%1</translation>
    </message>
    <message>
        <source>response level: %1</source>
        <translation>响应等级：%1</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>任务清单</translation>
    </message>
</context>
<context>
    <name>fc::WarningTimelineDialog</name>
    <message>
        <source>Warnings timeline</source>
        <translation>预警时间线</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Responses started</source>
        <translation>已启动响应</translation>
    </message>
    <message>
        <source>Hours at %1</source>
        <translation>%1级响应时长（小时）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>fc::WarningsPanel</name>
    <message>
        <source>Warning banner</source>
        <translation>预警横幅</translation>
    </message>
    <message>
        <source>Warnings and response</source>
        <translation>预警与响应</translation>
    </message>
    <message>
        <source>Issue or change a warning signal…</source>
        <translation>发布或变更预警信号…</translation>
    </message>
    <message>
        <source>Lift a warning signal…</source>
        <translation>解除预警信号…</translation>
    </message>
    <message>
        <source>Confirm the proposed response level</source>
        <translation>确认建议的响应等级</translation>
    </message>
    <message>
        <source>Override the response level…</source>
        <translation>人工调整响应等级…</translation>
    </message>
    <message>
        <source>Edit the plan (signal → level, actions)…</source>
        <translation>编辑预案（预警信号 → 响应等级、措施）…</translation>
    </message>
    <message>
        <source>Import CAP alert…</source>
        <translation>导入 CAP 预警…</translation>
    </message>
    <message>
        <source>Export signals in force as CAP…</source>
        <translation>将生效中的预警信号导出为 CAP…</translation>
    </message>
    <message>
        <source>Watched CAP folder…</source>
        <translation>CAP 监视文件夹…</translation>
    </message>
    <message>
        <source>Warnings timeline and yearly figures…</source>
        <translation>预警时间线与年度统计…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>人工调整…</translation>
    </message>
    <message>
        <source>Signals in force</source>
        <translation>生效中的预警信号</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Issue / change…</source>
        <translation>发布 / 变更…</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <source>Checklist by unit</source>
        <translation>各单位任务清单</translation>
    </message>
    <message>
        <source>Done / reopen</source>
        <translation>完成 / 重新打开</translation>
    </message>
    <message>
        <source>Remark…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source> — %1 since %2</source>
        <translation> — %1，自 %2 起</translation>
    </message>
    <message>
        <source>overridden by %1</source>
        <translation>已由 %1 更改</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>已由 %1 确认</translation>
    </message>
    <message>
        <source>No operation store is open.</source>
        <translation>未打开行动数据库。</translation>
    </message>
    <message>
        <source>The plan proposes %1 for the signals in force.</source>
        <translation>根据生效中的预警信号，预案建议 %1。</translation>
    </message>
    <message>
        <source>The response level matches the plan.</source>
        <translation>响应等级与预案一致。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Warning signal</source>
        <translation>预警信号</translation>
    </message>
    <message>
        <source>Confirm response level</source>
        <translation>确认响应等级</translation>
    </message>
    <message>
        <source>Response level</source>
        <translation>响应等级</translation>
    </message>
    <message>
        <source>The plan proposes %1. Level:</source>
        <translation>预案建议 %1。等级：</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>Reason for departing from the plan:</source>
        <translation>偏离预案的原因：</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Import CAP alert</source>
        <translation>导入 CAP 预警</translation>
    </message>
    <message>
        <source>CAP alerts (*.xml *.cap);;All files (*)</source>
        <translation>CAP 预警文件 (*.xml *.cap);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No signal is in force: nothing to export.</source>
        <translation>没有生效中的预警信号：无可导出内容。</translation>
    </message>
    <message>
        <source>Export CAP</source>
        <translation>导出 CAP</translation>
    </message>
    <message>
        <source>CAP alerts (*.xml)</source>
        <translation>CAP 预警文件 (*.xml)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 个预警信号导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch a folder for CAP files (cancel: off)</source>
        <translation>监视文件夹中的 CAP 文件（取消：关闭）</translation>
    </message>
    <message>
        <source>Watched CAP folder: %1 (cancel: off)</source>
        <translation>监视的 CAP 文件夹：%1（取消：关闭）</translation>
    </message>
    <message>
        <source>CAP folder watching is off.</source>
        <translation>CAP 文件夹监视已关闭。</translation>
    </message>
    <message>
        <source>Watching %1 for CAP files.</source>
        <translation>正在监视 %1 中的 CAP 文件。</translation>
    </message>
    <message>
        <source>Plan %1 (version %2)</source>
        <translation>预案 %1（第 %2 版）</translation>
    </message>
    <message>
        <source>plan edited</source>
        <translation>预案已编辑</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Record rainstorm signal…</source>
        <translation>登记暴雨预警信号…</translation>
    </message>
    <message>
        <source>Rainstorm signals are issued by the Shanghai Central Meteorological Observatory: record the signal here once it is issued (the form is filled in from the gauges)</source>
        <translation>暴雨预警信号由上海中心气象台发布：信号发布后在此登记（表单已按雨量站数据预填）</translation>
    </message>
    <message>
        <source>6 h %1 mm at %2</source>
        <translation>%2 6小时 %1 毫米</translation>
    </message>
    <message>
        <source>1 h %1 mm at %2</source>
        <translation>%2 1小时 %1 毫米</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>District rain gauges reach the rainstorm %1 threshold (%2); the rainstorm %1 signal is not in force.</source>
        <translation>本区雨量站已达暴雨%1预警标准（%2），暴雨%1预警信号尚未生效。</translation>
    </message>
    <message>
        <source>District rain gauges: %1.</source>
        <translation>本区雨量站：%1。</translation>
    </message>
    <message>
        <source>Replay: the state at the replayed time (see the clock), read-only.</source>
        <translation>回放：显示回放时刻（见时钟）的状态，只读。</translation>
    </message>
    <message>
        <source>CAP alerts for other places…</source>
        <translation>不适用于本区的 CAP 预警…</translation>
    </message>
    <message>
        <source>CAP folder not watched here: %1</source>
        <translation>本窗口未监视 CAP 文件夹：%1</translation>
    </message>
</context>
<context>
    <name>fc::WhatIf</name>
    <message>
        <source>the cell size must be between 1 and 200 m</source>
        <translation>网格尺寸须在 1 至 200 米之间</translation>
    </message>
    <message>
        <source>the operation has no district boundary: give a DEM (--dem FILE)</source>
        <translation>本行动没有辖区边界：请提供高程模型（--dem 文件）</translation>
    </message>
    <message>
        <source>no DEM for this district: give one (--dem FILE; any GDAL raster)</source>
        <translation>本辖区没有高程模型：请提供（--dem 文件；任意 GDAL 栅格）</translation>
    </message>
    <message>
        <source>%1 x %2 cells is too many: give a larger cell size</source>
        <translation>%1 × %2 个网格过多：请加大网格尺寸</translation>
    </message>
    <message>
        <source>generated demo DEM</source>
        <translation>生成的示范区高程模型</translation>
    </message>
    <message>
        <source>%1: gauge &apos;%2&apos; is not a sensor of this operation</source>
        <translation>%1：雨量站“%2”不是本次行动的监测站</translation>
    </message>
    <message>
        <source>no rain: give --rain MM --hours H or --profile FILE.csv</source>
        <translation>未给出降雨：请用 --rain 毫米 --hours 小时 或 --profile 文件.csv</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>fc::WriteAccess</name>
    <message>
        <source>No operation store is open.</source>
        <translation>未打开行动数据库。</translation>
    </message>
    <message>
        <source>Disconnected from the server: read-only until the connection is back.</source>
        <translation>与服务器的连接已断开：连接恢复前只读。</translation>
    </message>
    <message>
        <source>The operation store is open read-only.</source>
        <translation>行动数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>Your role on this operation is viewer: nothing can be changed.</source>
        <translation>您在本行动中的角色为查看者：不能修改任何内容。</translation>
    </message>
    <message>
        <source>Replay: nothing is written while the window shows a past state.</source>
        <translation>回放中：窗口显示过去的状态时不写入任何内容。</translation>
    </message>
</context>
<context>
    <name>fc::XyzTileSource</name>
    <message>
        <source>Tile file %1 cannot be decoded</source>
        <translation>瓦片文件 %1 无法解码</translation>
    </message>
    <message>
        <source>The tile URL template %1 lacks {z}, {x} or {y}</source>
        <translation>瓦片 URL 模板 %1 缺少 {z}、{x} 或 {y}</translation>
    </message>
    <message>
        <source>The tile URL template %1 is not a valid URL</source>
        <translation>瓦片 URL 模板 %1 不是有效的 URL</translation>
    </message>
    <message>
        <source>No tile cache folder for %1</source>
        <translation>%1 没有瓦片缓存目录</translation>
    </message>
    <message>
        <source>Cannot create the tile cache folder %1</source>
        <translation>无法创建瓦片缓存目录 %1</translation>
    </message>
    <message>
        <source>Cannot write the tile cache file %1: %2</source>
        <translation>无法写入瓦片缓存文件 %1：%2</translation>
    </message>
</context>
</TS>
