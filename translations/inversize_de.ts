<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Function</name>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="10" />
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="10" />
        <source>load</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="11" />
        <source>transconductance</source>
        <translation>Transkonduktanz</translation>
    </message>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="11" />
        <source>compensation</source>
        <translation>Kompensation</translation>
    </message>
</context>
<context>
    <name>SchematicLegend</name>
    <message>
        <location filename="../ui/schematic/schematic_items.cpp" line="238" />
        <source>Device functions</source>
        <translation>Bauelementfunktionen</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::AboutDialog</name>
    <message>
        <location filename="../ui/mainwindow/about_dialog.cpp" line="12" />
        <source>&lt;h2&gt;InverSize %1&lt;/h2&gt;&lt;p&gt;Inverse sizing of CMOS operational amplifiers with diffusion models and structural knowledge.&lt;/p&gt;&lt;p&gt;Copyright © the InverSize developers. InverSize is free software under the &lt;b&gt;GNU General Public License, version 3 or later&lt;/b&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;It is built on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0)&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;ngspice (BSD-3-Clause and others)&lt;/li&gt;&lt;li&gt;Boost (Boost Software License 1.0)&lt;/li&gt;&lt;li&gt;pagmo (GPL-3.0 / LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (public domain), nlohmann/json (MIT), CLI11 (BSD-3-Clause)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The method: Azevedo, Leibl, Graeb, Martins, &lt;i&gt;Inverse Sizing and Exploration Based on Diffusion Models and Structural Knowledge&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;InverSize %1&lt;/h2&gt;&lt;p&gt;Inverse Dimensionierung von CMOS-Operationsverstärkern mit Diffusionsmodellen und Strukturwissen.&lt;/p&gt;&lt;p&gt;Copyright © die InverSize-Entwickler. InverSize ist freie Software unter der &lt;b&gt;GNU General Public License, Version 3 oder später&lt;/b&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Es baut auf:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0)&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;ngspice (BSD-3-Clause und andere)&lt;/li&gt;&lt;li&gt;Boost (Boost Software License 1.0)&lt;/li&gt;&lt;li&gt;pagmo (GPL-3.0 / LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (gemeinfrei), nlohmann/json (MIT), CLI11 (BSD-3-Clause)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die Methode: Azevedo, Leibl, Graeb, Martins, &lt;i&gt;Inverse Sizing and Exploration Based on Diffusion Models and Structural Knowledge&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/about_dialog.cpp" line="30" />
        <source>About InverSize</source>
        <translation>Über InverSize</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::BlockPanel</name>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="16" />
        <location filename="../ui/mainwindow/block_panel.cpp" line="32" />
        <source>Click a block in the schematic or the circuit tree.</source>
        <translation>Klicken Sie auf einen Block im Schaltplan oder im Schaltungsbaum.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19" />
        <source>Device</source>
        <translation>Bauelement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19" />
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19" />
        <source>Operating point</source>
        <translation>Arbeitspunkt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="36" />
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3 function, %4 stage</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2, Funktion %3, Stufe %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="54" />
        <source>%1, I_D = %2, g_m = %3</source>
        <translation>%1, I_D = %2, g_m = %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="61" />
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::CircuitTree</name>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="16" />
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="16" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="32" />
        <source>Blocks (%1)</source>
        <translation>Blöcke (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="41" />
        <source>Devices (%1)</source>
        <translation>Bauelemente (%1)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="90" />
        <source>Simulation finished.</source>
        <translation>Simulation beendet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="91" />
        <source>Simulation cancelled.</source>
        <translation>Simulation abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="92" />
        <source>Simulation failed: %1</source>
        <translation>Simulation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="108" />
        <source>Circuit</source>
        <translation>Schaltung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="114" />
        <source>Block variables</source>
        <translation>Blockvariablen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="120" />
        <source>Performances</source>
        <translation>Kenngrößen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="128" />
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="138" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="139" />
        <source>&amp;New from netlist…</source>
        <translation>&amp;Neu aus Netzliste…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="141" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="143" />
        <source>Open &amp;built-in</source>
        <translation>&amp;Eingebaute öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="144" />
        <source>Two-stage &amp;Miller opamp</source>
        <translation>Zweistufiger &amp;Miller-OPV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="145" />
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="146" />
        <source>&amp;Folded-cascode opamp</source>
        <translation>&amp;Folded-Cascode-OPV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="147" />
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="148" />
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="151" />
        <source>&amp;Save as project…</source>
        <translation>Als Projekt &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="153" />
        <source>Export schematic as &amp;SVG…</source>
        <translation>Schaltplan als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="154" />
        <source>Export schematic as &amp;PNG…</source>
        <translation>Schaltplan als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="156" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="160" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="161" />
        <source>Show structural &amp;blocks</source>
        <translation>Struktur&amp;blöcke zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="164" />
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="166" />
        <source>Show device &amp;functions</source>
        <translation>Bauelement&amp;funktionen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="169" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="172" />
        <source>&amp;Fit to window</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="173" />
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="174" />
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="176" />
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="182" />
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="183" />
        <source>&amp;Simulate nominal design</source>
        <translation>Nominalen Entwurf &amp;simulieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="186" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="191" />
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="194" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="205" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="205" />
        <source>The new language is used from the next start of InverSize.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von InverSize.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="210" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="211" />
        <source>&amp;About InverSize</source>
        <translation>Über &amp;InverSize</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="213" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="234" />
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="237" />
        <source>%1

The circuit open before is still open.</source>
        <translation>%1

Die zuvor geöffnete Schaltung bleibt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="246" />
        <location filename="../ui/mainwindow/main_window.cpp" line="321" />
        <source>Cannot read the netlist</source>
        <translation>Netzliste nicht lesbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="248" />
        <source>Cannot open the project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="250" />
        <location filename="../ui/mainwindow/main_window.cpp" line="323" />
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="250" />
        <location filename="../ui/mainwindow/main_window.cpp" line="323" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="259" />
        <source>Structure: %1</source>
        <translation>Struktur: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="260" />
        <source>Opened %1: %2 devices, %3 blocks.</source>
        <translation>%1 geöffnet: %2 Bauelemente, %3 Blöcke.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="288" />
        <source>Simulating %1…</source>
        <translation>Simuliere %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="297" />
        <source>The design failed: %1</source>
        <translation>Der Entwurf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="298" />
        <source>Sizing rule: %1</source>
        <translation>Dimensionierungsregel: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="304" />
        <source>New from netlist</source>
        <translation>Neu aus Netzliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="305" />
        <source>SPICE netlists (*.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)</source>
        <translation>SPICE-Netzlisten (*.cir *.sp *.spi *.spice *.net *.ckt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="330" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="331" />
        <source>InverSize projects and netlists (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)</source>
        <translation>InverSize-Projekte und Netzlisten (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="339" />
        <source>Save as project</source>
        <translation>Als Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="340" />
        <source>InverSize projects (*.isz)</source>
        <translation>InverSize-Projekte (*.isz)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="345" />
        <location filename="../ui/mainwindow/main_window.cpp" line="354" />
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="345" />
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="351" />
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="360" />
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="360" />
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="362" />
        <source>Export schematic</source>
        <translation>Schaltplan exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="367" />
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="369" />
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="369" />
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="391" />
        <source>%1 — InverSize</source>
        <translation>%1 — InverSize</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="391" />
        <source>InverSize</source>
        <translation>InverSize</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="393" />
        <source>%1: %2 devices, %3 nets, %4 blocks, %5 symmetric pairs — technology %6</source>
        <translation>%1: %2 Bauelemente, %3 Netze, %4 Blöcke, %5 symmetrische Paare — Technologie %6</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="400" />
        <source>No circuit open</source>
        <translation>Keine Schaltung geöffnet</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::NewProjectDialog</name>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="20" />
        <source>New from netlist</source>
        <translation>Neu aus Netzliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="22" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 devices on %3 nets were recognised.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Bauelemente an %3 Netzen wurden erkannt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="30" />
        <source>Other technology…</source>
        <translation>Andere Technologie…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="34" />
        <source>Technology:</source>
        <translation>Technologie:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="37" />
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="49" />
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="60" />
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="66" />
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="60" />
        <source>Technology files (*.json)</source>
        <translation>Technologiedateien (*.json)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::PerformancePanel</name>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="18" />
        <source>Performance</source>
        <translation>Kenngröße</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="18" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="18" />
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="40" />
        <source>Not simulated yet (Simulate, F5).</source>
        <translation>Noch nicht simuliert (Simulieren, F5).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="42" />
        <source>The simulation failed: %1</source>
        <translation>Die Simulation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="44" />
        <source>Simulated in %1 s; all sizing rules met.</source>
        <translation>In %1 s simuliert; alle Dimensionierungsregeln erfüllt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="45" />
        <source>Simulated in %1 s; %2 sizing rule violations.</source>
        <translation>In %1 s simuliert; %2 Verletzungen der Dimensionierungsregeln.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::schematic::SchematicScene</name>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="125" />
        <source>W = %1, L = %2</source>
        <translation>W = %1, L = %2</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="126" />
        <source>, M = %1</source>
        <translation>, M = %1</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="129" />
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="133" />
        <source>Function: %1 (%2 stage)</source>
        <translation>Funktion: %1 (Stufe %2)</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="139" />
        <source>Blocks: %1</source>
        <translation>Blöcke: %1</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="139" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="141" />
        <source>Operating point</source>
        <translation>Arbeitspunkt</translation>
    </message>
</context>
<context>
    <name>inversize::ui::schematic::SchematicView</name>
    <message>
        <location filename="../ui/schematic/schematic_view.cpp" line="60" />
        <source>Schematic drawn by InverSize</source>
        <translation>Von InverSize gezeichneter Schaltplan</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="26" />
        <source>Inverse sizing of CMOS opamps</source>
        <translation>Inverse Dimensionierung von CMOS-OPVs</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="30" />
        <source>A netlist, builtin:NAME or an .isz project to open.</source>
        <translation>Zu öffnende Netzliste, builtin:NAME oder .isz-Projekt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32" />
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern und beenden.</translation>
    </message>
</context>
</TS>