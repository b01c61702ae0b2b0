<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>Function</name>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="10" />
        <source>bias</source>
        <translation>polarização</translation>
    </message>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="10" />
        <source>load</source>
        <translation>carga</translation>
    </message>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="11" />
        <source>transconductance</source>
        <translation>transcondutância</translation>
    </message>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="11" />
        <source>compensation</source>
        <translation>compensação</translation>
    </message>
</context>
<context>
    <name>SchematicLegend</name>
    <message>
        <location filename="../ui/schematic/schematic_items.cpp" line="238" />
        <source>Device functions</source>
        <translation>Funções dos dispositivos</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::AboutDialog</name>
    <message>
        <location filename="../ui/mainwindow/about_dialog.cpp" line="12" />
        <source>&lt;h2&gt;InverSize %1&lt;/h2&gt;&lt;p&gt;Inverse sizing of CMOS operational amplifiers with diffusion models and structural knowledge.&lt;/p&gt;&lt;p&gt;Copyright © the InverSize developers. InverSize is free software under the &lt;b&gt;GNU General Public License, version 3 or later&lt;/b&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;It is built on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0)&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;ngspice (BSD-3-Clause and others)&lt;/li&gt;&lt;li&gt;Boost (Boost Software License 1.0)&lt;/li&gt;&lt;li&gt;pagmo (GPL-3.0 / LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (public domain), nlohmann/json (MIT), CLI11 (BSD-3-Clause)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The method: Azevedo, Leibl, Graeb, Martins, &lt;i&gt;Inverse Sizing and Exploration Based on Diffusion Models and Structural Knowledge&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;InverSize %1&lt;/h2&gt;&lt;p&gt;Dimensionamento inverso de amplificadores operacionais CMOS com modelos de difusão e conhecimento estrutural.&lt;/p&gt;&lt;p&gt;Copyright © os programadores do InverSize. O InverSize é software livre sob a &lt;b&gt;GNU General Public License, versão 3 ou posterior&lt;/b&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Assenta em:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0)&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;ngspice (BSD-3-Clause e outras)&lt;/li&gt;&lt;li&gt;Boost (Boost Software License 1.0)&lt;/li&gt;&lt;li&gt;pagmo (GPL-3.0 / LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (domínio público), nlohmann/json (MIT), CLI11 (BSD-3-Clause)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;O método: Azevedo, Leibl, Graeb, Martins, &lt;i&gt;Inverse Sizing and Exploration Based on Diffusion Models and Structural Knowledge&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/about_dialog.cpp" line="30" />
        <source>About InverSize</source>
        <translation>Acerca do InverSize</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::BlockPanel</name>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="16" />
        <location filename="../ui/mainwindow/block_panel.cpp" line="32" />
        <source>Click a block in the schematic or the circuit tree.</source>
        <translation>Clique num bloco do esquema ou da árvore do circuito.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19" />
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19" />
        <source>Variable</source>
        <translation>Variável</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19" />
        <source>Operating point</source>
        <translation>Ponto de funcionamento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="36" />
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3 function, %4 stage</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2, função %3, andar %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="54" />
        <source>%1, I_D = %2, g_m = %3</source>
        <translation>%1, I_D = %2, g_m = %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="61" />
        <source>value</source>
        <translation>valor</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::CircuitTree</name>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="16" />
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="16" />
        <source>Function</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="32" />
        <source>Blocks (%1)</source>
        <translation>Blocos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="41" />
        <source>Devices (%1)</source>
        <translation>Dispositivos (%1)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="90" />
        <source>Simulation finished.</source>
        <translation>Simulação concluída.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="91" />
        <source>Simulation cancelled.</source>
        <translation>Simulação cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="92" />
        <source>Simulation failed: %1</source>
        <translation>A simulação falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="108" />
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="114" />
        <source>Block variables</source>
        <translation>Variáveis do bloco</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="120" />
        <source>Performances</source>
        <translation>Desempenhos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="128" />
        <source>Log</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="138" />
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="139" />
        <source>&amp;New from netlist…</source>
        <translation>&amp;Novo a partir de netlist…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="141" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="143" />
        <source>Open &amp;built-in</source>
        <translation>Abrir &amp;incorporado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="144" />
        <source>Two-stage &amp;Miller opamp</source>
        <translation>Amp. op. &amp;Miller de dois andares</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="145" />
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="146" />
        <source>&amp;Folded-cascode opamp</source>
        <translation>Amp. op. &amp;cascode dobrado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="147" />
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="148" />
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="151" />
        <source>&amp;Save as project…</source>
        <translation>&amp;Guardar como projeto…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="153" />
        <source>Export schematic as &amp;SVG…</source>
        <translation>Exportar esquema como &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="154" />
        <source>Export schematic as &amp;PNG…</source>
        <translation>Exportar esquema como &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="156" />
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="160" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="161" />
        <source>Show structural &amp;blocks</source>
        <translation>Mostrar &amp;blocos estruturais</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="164" />
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="166" />
        <source>Show device &amp;functions</source>
        <translation>Mostrar &amp;funções dos dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="169" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="172" />
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar à janela</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="173" />
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="174" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="176" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="182" />
        <source>&amp;Simulate</source>
        <translation>&amp;Simular</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="183" />
        <source>&amp;Simulate nominal design</source>
        <translation>&amp;Simular o projeto nominal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="186" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="191" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="194" />
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="205" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="205" />
        <source>The new language is used from the next start of InverSize.</source>
        <translation>O novo idioma é usado a partir do próximo arranque do InverSize.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="210" />
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="211" />
        <source>&amp;About InverSize</source>
        <translation>&amp;Acerca do InverSize</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="213" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="234" />
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="237" />
        <source>%1

The circuit open before is still open.</source>
        <translation>%1

O circuito aberto antes continua aberto.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="246" />
        <location filename="../ui/mainwindow/main_window.cpp" line="321" />
        <source>Cannot read the netlist</source>
        <translation>Não é possível ler a netlist</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="248" />
        <source>Cannot open the project</source>
        <translation>Não é possível abrir o projeto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="250" />
        <location filename="../ui/mainwindow/main_window.cpp" line="323" />
        <source>Cannot open</source>
        <translation>Não é possível abrir</translation>
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
        <translation>Estrutura: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="260" />
        <source>Opened %1: %2 devices, %3 blocks.</source>
        <translation>%1 aberto: %2 dispositivos, %3 blocos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="288" />
        <source>Simulating %1…</source>
        <translation>A simular %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="297" />
        <source>The design failed: %1</source>
        <translation>O projeto falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="298" />
        <source>Sizing rule: %1</source>
        <translation>Regra de dimensionamento: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="304" />
        <source>New from netlist</source>
        <translation>Novo a partir de netlist</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="305" />
        <source>SPICE netlists (*.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)</source>
        <translation>Netlists SPICE (*.cir *.sp *.spi *.spice *.net *.ckt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="330" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="331" />
        <source>InverSize projects and netlists (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)</source>
        <translation>Projetos InverSize e netlists (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="339" />
        <source>Save as project</source>
        <translation>Guardar como projeto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="340" />
        <source>InverSize projects (*.isz)</source>
        <translation>Projetos InverSize (*.isz)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="345" />
        <location filename="../ui/mainwindow/main_window.cpp" line="354" />
        <source>Cannot save</source>
        <translation>Não é possível guardar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="345" />
        <source>%1 cannot be replaced.</source>
        <translation>%1 não pode ser substituído.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="351" />
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="360" />
        <source>SVG drawings (*.svg)</source>
        <translation>Desenhos SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="360" />
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="362" />
        <source>Export schematic</source>
        <translation>Exportar esquema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="367" />
        <source>Exported %1.</source>
        <translation>%1 exportado.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="369" />
        <source>Cannot export</source>
        <translation>Não é possível exportar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="369" />
        <source>%1 cannot be written.</source>
        <translation>%1 não pode ser escrito.</translation>
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
        <translation>%1: %2 dispositivos, %3 nós, %4 blocos, %5 pares simétricos — tecnologia %6</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="400" />
        <source>No circuit open</source>
        <translation>Nenhum circuito aberto</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::NewProjectDialog</name>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="20" />
        <source>New from netlist</source>
        <translation>Novo a partir de netlist</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="22" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 devices on %3 nets were recognised.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Foram reconhecidos %2 dispositivos em %3 nós.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="30" />
        <source>Other technology…</source>
        <translation>Outra tecnologia…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="34" />
        <source>Technology:</source>
        <translation>Tecnologia:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="37" />
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="49" />
        <source>Warnings: %1</source>
        <translation>Avisos: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="60" />
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="66" />
        <source>Technology</source>
        <translation>Tecnologia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="60" />
        <source>Technology files (*.json)</source>
        <translation>Ficheiros de tecnologia (*.json)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::PerformancePanel</name>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="18" />
        <source>Performance</source>
        <translation>Desempenho</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="18" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="18" />
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="40" />
        <source>Not simulated yet (Simulate, F5).</source>
        <translation>Ainda não simulado (Simular, F5).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="42" />
        <source>The simulation failed: %1</source>
        <translation>A simulação falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="44" />
        <source>Simulated in %1 s; all sizing rules met.</source>
        <translation>Simulado em %1 s; todas as regras de dimensionamento cumpridas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="45" />
        <source>Simulated in %1 s; %2 sizing rule violations.</source>
        <translation>Simulado em %1 s; %2 violações das regras de dimensionamento.</translation>
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
        <translation>Valor: %1</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="133" />
        <source>Function: %1 (%2 stage)</source>
        <translation>Função: %1 (andar %2)</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="139" />
        <source>Blocks: %1</source>
        <translation>Blocos: %1</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="139" />
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="141" />
        <source>Operating point</source>
        <translation>Ponto de funcionamento</translation>
    </message>
</context>
<context>
    <name>inversize::ui::schematic::SchematicView</name>
    <message>
        <location filename="../ui/schematic/schematic_view.cpp" line="60" />
        <source>Schematic drawn by InverSize</source>
        <translation>Esquema desenhado pelo InverSize</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="26" />
        <source>Inverse sizing of CMOS opamps</source>
        <translation>Dimensionamento inverso de amp. op. CMOS</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="30" />
        <source>A netlist, builtin:NAME or an .isz project to open.</source>
        <translation>Netlist, builtin:NAME ou projeto .isz a abrir.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32" />
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Guardar uma imagem da janela em FICHEIRO e sair.</translation>
    </message>
</context>
</TS>