<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Topology</name>
    <message>
        <source>No nodes are given yet.</source>
        <translation>Es sind noch keine Knoten angegeben.</translation>
    </message>
    <message>
        <source>goes first</source>
        <translation>kommt zuerst</translation>
    </message>
    <message>
        <source>runs %1</source>
        <translation>führt %1 aus</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n node(s): %2.</source>
        <translation>
            <numerusform>%1, %n Knoten: %2.</numerusform>
            <numerusform>%1, %n Knoten: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>group %1: %2</source>
        <translation>Gruppe %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n in total</source>
        <translation>
            <numerusform>%1, insgesamt %n</numerusform>
            <numerusform>%1, insgesamt %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, in %n group(s): </source>
        <translation>
            <numerusform>, in %n Gruppe: </numerusform>
            <numerusform>, in %n Gruppen: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>playbook</name>
    <message>
        <source>Axway API Gateway 7.5.x / 7.6.x to 7.7 (external Cassandra)</source>
        <extracomment>axway-upgrade: title</extracomment>
        <translation>Axway API Gateway 7.5.x / 7.6.x auf 7.7 (externes Cassandra)</translation>
    </message>
    <message>
        <source>Topology</source>
        <extracomment>axway-upgrade: parameter topology: label; sample-local: parameter topology: label</extracomment>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Single node: one Admin Node Manager and its gateways on one machine (the vendor&apos;s single-node example). Several nodes: one or more Admin Node Managers and Node Managers (the vendor&apos;s three-node example).</source>
        <extracomment>axway-upgrade: parameter topology: help</extracomment>
        <translation>Einzelner Knoten: ein Admin Node Manager und seine Gateways auf einer Maschine (das Einzelknoten-Beispiel des Herstellers). Mehrere Knoten: ein oder mehrere Admin Node Manager und Node Manager (das Drei-Knoten-Beispiel des Herstellers).</translation>
    </message>
    <message>
        <source>Single node</source>
        <extracomment>axway-upgrade: parameter topology: choice single: label; sample-local: parameter topology: choice single: label</extracomment>
        <translation>Einzelner Knoten</translation>
    </message>
    <message>
        <source>Several nodes</source>
        <extracomment>axway-upgrade: parameter topology: choice multi: label; sample-local: parameter topology: choice multi: label</extracomment>
        <translation>Mehrere Knoten</translation>
    </message>
    <message>
        <source>API Gateway nodes</source>
        <extracomment>axway-upgrade: parameter nodes: label; training-tour: parameter nodes: label</extracomment>
        <translation>API-Gateway-Knoten</translation>
    </message>
    <message>
        <source>Admin Node Manager</source>
        <extracomment>axway-upgrade: parameter nodes: role anm: label; training-tour: parameter nodes: role anm: label</extracomment>
        <translation>Admin Node Manager</translation>
    </message>
    <message>
        <source>Node Manager</source>
        <extracomment>axway-upgrade: parameter nodes: role nm: label; training-tour: parameter nodes: role nm: label</extracomment>
        <translation>Node Manager</translation>
    </message>
    <message>
        <source>First Admin Node Manager</source>
        <extracomment>axway-upgrade: parameter nodes: attribute first: label; training-tour: parameter nodes: attribute first: label</extracomment>
        <translation>Erster Admin Node Manager</translation>
    </message>
    <message>
        <source>Old apigateway folder</source>
        <extracomment>axway-upgrade: parameter nodes: attribute old_dir: label; axway-upgrade: parameter instances: attribute old_dir: label; training-tour: parameter instances: attribute old_dir: label</extracomment>
        <translation>Alter apigateway-Ordner</translation>
    </message>
    <message>
        <source>New apigateway folder</source>
        <extracomment>axway-upgrade: parameter nodes: attribute new_dir: label; axway-upgrade: parameter instances: attribute new_dir: label; training-tour: parameter instances: attribute new_dir: label</extracomment>
        <translation>Neuer apigateway-Ordner</translation>
    </message>
    <message>
        <source>init.d folder</source>
        <extracomment>axway-upgrade: parameter nodes: attribute initd_dir: label</extracomment>
        <translation>init.d-Ordner</translation>
    </message>
    <message>
        <source>Remote (commands over SSH)</source>
        <extracomment>axway-upgrade: parameter nodes: attribute remote: label</extracomment>
        <translation>Entfernt (Befehle über SSH)</translation>
    </message>
    <message>
        <source>SSH user</source>
        <extracomment>axway-upgrade: parameter nodes: attribute ssh_user: label</extracomment>
        <translation>SSH-Benutzer</translation>
    </message>
    <message>
        <source>API Gateway instances</source>
        <extracomment>axway-upgrade: parameter instances: label; training-tour: parameter instances: label</extracomment>
        <translation>API-Gateway-Instanzen</translation>
    </message>
    <message>
        <source>API Gateway</source>
        <extracomment>axway-upgrade: parameter instances: role gateway: label; training-tour: parameter instances: role gateway: label</extracomment>
        <translation>API Gateway</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>axway-upgrade: parameter instances: attribute group: label; training-tour: parameter instances: attribute group: label</extracomment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Node</source>
        <extracomment>axway-upgrade: parameter instances: attribute node: label; axway-upgrade: parameter cassandra_hosts: role node: label; training-tour: parameter instances: attribute node: label</extracomment>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>--anm_host</source>
        <extracomment>axway-upgrade: parameter anm_host: label; training-tour: parameter anm_host: label</extracomment>
        <translation>--anm_host</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>axway-upgrade: parameter admin_user: label; training-tour: parameter admin_user: label</extracomment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>An API Gateway administrator (the same credentials in the old and the new installation).</source>
        <extracomment>axway-upgrade: parameter admin_user: help</extracomment>
        <translation>Ein API-Gateway-Administrator (dieselben Zugangsdaten in der alten und der neuen Installation).</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <extracomment>axway-upgrade: parameter admin_password: label; sample-local: parameter admin_password: label; training-tour: parameter admin_password: label</extracomment>
        <translation>Administratorpasswort</translation>
    </message>
    <message>
        <source>API Gateway Manager URL</source>
        <extracomment>axway-upgrade: parameter anm_url: label</extracomment>
        <translation>URL von API Gateway Manager</translation>
    </message>
    <message>
        <source>The first Admin Node Manager, e.g. https://NodeA:8090</source>
        <extracomment>axway-upgrade: parameter anm_url: help</extracomment>
        <translation>Der erste Admin Node Manager, z. B. https://NodeA:8090</translation>
    </message>
    <message>
        <source>API Manager URL</source>
        <extracomment>axway-upgrade: parameter apimanager_url: label; training-tour: parameter apimanager_url: label</extracomment>
        <translation>URL von API Manager</translation>
    </message>
    <message>
        <source>The API Manager web console, e.g. https://NodeA:8075</source>
        <extracomment>axway-upgrade: parameter apimanager_url: help</extracomment>
        <translation>Die Webkonsole von API Manager, z. B. https://NodeA:8075</translation>
    </message>
    <message>
        <source>Admin Node Manager certificate (SHA-256)</source>
        <extracomment>axway-upgrade: parameter tls_pin: label</extracomment>
        <translation>Zertifikat des Admin Node Managers (SHA-256)</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the Admin Node Manager&apos;s self-signed certificate: only that certificate is trusted.</source>
        <extracomment>axway-upgrade: parameter tls_pin: help</extracomment>
        <translation>Der SHA-256-Fingerabdruck des selbst signierten Zertifikats des Admin Node Managers: Nur diesem Zertifikat wird vertraut.</translation>
    </message>
    <message>
        <source>Apache Cassandra</source>
        <extracomment>axway-upgrade: parameter cassandra: label</extracomment>
        <translation>Apache Cassandra</translation>
    </message>
    <message>
        <source>Whether API Manager or KPS data lives in an external Cassandra cluster (upgrade with --cass_host) or no Cassandra is used (--no_cassandra).</source>
        <extracomment>axway-upgrade: parameter cassandra: help</extracomment>
        <translation>Ob Daten von API Manager oder KPS in einem externen Cassandra-Cluster liegen (Upgrade mit --cass_host) oder kein Cassandra verwendet wird (--no_cassandra).</translation>
    </message>
    <message>
        <source>External Cassandra cluster</source>
        <extracomment>axway-upgrade: parameter cassandra: choice external: label</extracomment>
        <translation>Externer Cassandra-Cluster</translation>
    </message>
    <message>
        <source>No Cassandra</source>
        <extracomment>axway-upgrade: parameter cassandra: choice none: label</extracomment>
        <translation>Kein Cassandra</translation>
    </message>
    <message>
        <source>Cassandra hosts</source>
        <extracomment>axway-upgrade: parameter cassandra_hosts: label</extracomment>
        <translation>Cassandra-Hosts</translation>
    </message>
    <message>
        <source>Every host of the Cassandra cluster and the client port the 7.7 gateways will use (9042).</source>
        <extracomment>axway-upgrade: parameter cassandra_hosts: help</extracomment>
        <translation>Jeder Host des Cassandra-Clusters und der Client-Port, den die 7.7-Gateways verwenden werden (9042).</translation>
    </message>
    <message>
        <source>Seed node</source>
        <extracomment>axway-upgrade: parameter cassandra_hosts: role seed: label</extracomment>
        <translation>Seed-Knoten</translation>
    </message>
    <message>
        <source>Client port</source>
        <extracomment>axway-upgrade: parameter cassandra_hosts: attribute port: label</extracomment>
        <translation>Client-Port</translation>
    </message>
    <message>
        <source>--cass_host</source>
        <extracomment>axway-upgrade: parameter cass_host: label</extracomment>
        <translation>--cass_host</translation>
    </message>
    <message>
        <source>A Cassandra host for sysupgrade upgrade (the vendor uses the seed node). Needed with an external cluster.</source>
        <extracomment>axway-upgrade: parameter cass_host: help</extracomment>
        <translation>Ein Cassandra-Host für sysupgrade upgrade (der Hersteller verwendet den Seed-Knoten). Bei einem externen Cluster erforderlich.</translation>
    </message>
    <message>
        <source>OAuth or KPS use an external database</source>
        <extracomment>axway-upgrade: parameter external_db: label</extracomment>
        <translation>OAuth oder KPS verwenden eine externe Datenbank</translation>
    </message>
    <message>
        <source>Folder with the JDBC driver JARs</source>
        <extracomment>axway-upgrade: parameter jdbc_dir: label</extracomment>
        <translation>Ordner mit den JAR-Dateien des JDBC-Treibers</translation>
    </message>
    <message>
        <source>Needed when OAuth or KPS use an external database: its JARs are copied to upgrade/lib of each new installation.</source>
        <extracomment>axway-upgrade: parameter jdbc_dir: help</extracomment>
        <translation>Erforderlich, wenn OAuth oder KPS eine externe Datenbank verwenden: Ihre JAR-Dateien werden nach upgrade/lib jeder neuen Installation kopiert.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <extracomment>axway-upgrade: parameter analytics: label</extracomment>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Neither</source>
        <extracomment>axway-upgrade: parameter analytics: choice none: label</extracomment>
        <translation>Keines von beiden</translation>
    </message>
    <message>
        <source>API Gateway Analytics 7.4.0 or later</source>
        <extracomment>axway-upgrade: parameter analytics: choice analytics: label</extracomment>
        <translation>API Gateway Analytics 7.4.0 oder neuer</translation>
    </message>
    <message>
        <source>A metrics database for API Manager</source>
        <extracomment>axway-upgrade: parameter analytics: choice metrics: label</extracomment>
        <translation>Eine Metrikdatenbank für API Manager</translation>
    </message>
    <message>
        <source>The old processes run as init.d services</source>
        <extracomment>axway-upgrade: parameter services_initd: label</extracomment>
        <translation>Die alten Prozesse laufen als init.d-Dienste</translation>
    </message>
    <message>
        <source>The QuickStart tutorial is installed</source>
        <extracomment>axway-upgrade: parameter quickstart: label</extracomment>
        <translation>Das QuickStart-Tutorial ist installiert</translation>
    </message>
    <message>
        <source>Single sign-on is configured (API Manager or API Portal)</source>
        <extracomment>axway-upgrade: parameter sso: label</extracomment>
        <translation>Single Sign-on ist eingerichtet (API Manager oder API Portal)</translation>
    </message>
    <message>
        <source>Before you start</source>
        <extracomment>axway-upgrade: page before: title; sample-local: page prepare: title</extracomment>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>The vendor&apos;s introduction, cautions and notes before the checklists.</source>
        <extracomment>axway-upgrade: page before: help</extracomment>
        <translation>Die Einleitung, Warnhinweise und Anmerkungen des Herstellers vor den Checklisten.</translation>
    </message>
    <message>
        <source>Read the whole procedure before you begin: the wizard follows it page by page</source>
        <extracomment>axway-upgrade: item read-first: title</extracomment>
        <translation>Lesen Sie die gesamte Prozedur, bevor Sie beginnen: Der Assistent folgt ihr Seite für Seite</translation>
    </message>
    <message>
        <source>The external Cassandra stays in place and keeps running</source>
        <extracomment>axway-upgrade: item cassandra-stays: title</extracomment>
        <translation>Das externe Cassandra bleibt bestehen und läuft weiter</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade from API Gateway 7.5.x or 7.6.x&quot;: since 7.5.1 Cassandra is separate from API Gateway. The existing cluster serves 7.7 as it is, no data is exported or changed, and it keeps running during the whole upgrade. Sign off that nobody plans to replace or stop it.</source>
        <extracomment>axway-upgrade: item cassandra-stays: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade from API Gateway 7.5.x or 7.6.x&quot;: Seit 7.5.1 ist Cassandra von API Gateway getrennt. Der bestehende Cluster bedient 7.7 unverändert, es werden keine Daten exportiert oder geändert, und er läuft während des gesamten Upgrades weiter. Zeichnen Sie ab, dass niemand plant, ihn zu ersetzen oder anzuhalten.</translation>
    </message>
    <message>
        <source>Quotas are reset by the upgrade, and that is acceptable</source>
        <extracomment>axway-upgrade: item quotas-reset: title</extracomment>
        <translation>Das Upgrade setzt Kontingente zurück, und das ist akzeptabel</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Caution&quot; at the top: every upgrade, zero-downtime ones included, resets quotas, so limits are too lenient for a while afterwards; during a zero-downtime upgrade old and new counts apply side by side. Agree with the API owners whether to lower quotas meanwhile.</source>
        <extracomment>axway-upgrade: item quotas-reset: help</extracomment>
        <translation>Herstellerdokument, &quot;Caution&quot; am Anfang: Jedes Upgrade, auch eines ohne Ausfallzeit, setzt Kontingente zurück, sodass die Grenzen danach eine Zeit lang zu großzügig sind; während eines Upgrades ohne Ausfallzeit gelten alte und neue Zählungen nebeneinander. Stimmen Sie mit den Verantwortlichen der APIs ab, ob die Kontingente in der Zwischenzeit gesenkt werden.</translation>
    </message>
    <message>
        <source>Cassandra runs 2.2.12</source>
        <extracomment>axway-upgrade: item cassandra-version: title</extracomment>
        <translation>Cassandra läuft in Version 2.2.12</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Before you upgrade&quot;, note: 7.7 supports Apache Cassandra 2.2.12. Coming from 7.5.x (Cassandra 2.2.5 or 2.2.8), upgrade Cassandra to 2.2.12 first (vendor: &quot;Upgrade Apache Cassandra&quot;).</source>
        <extracomment>axway-upgrade: item cassandra-version: help</extracomment>
        <translation>Herstellerdokument, &quot;Before you upgrade&quot;, Anmerkung: 7.7 unterstützt Apache Cassandra 2.2.12. Von 7.5.x kommend (Cassandra 2.2.5 oder 2.2.8) aktualisieren Sie Cassandra zuerst auf 2.2.12 (Hersteller: &quot;Upgrade Apache Cassandra&quot;).</translation>
    </message>
    <message>
        <source>Checklist for the old installation</source>
        <extracomment>axway-upgrade: page old-install: title</extracomment>
        <translation>Checkliste für die alte Installation</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Checklist for the old API Gateway installation&quot;: Tasks 1 to 6, on every node.</source>
        <extracomment>axway-upgrade: page old-install: help</extracomment>
        <translation>Herstellerdokument, &quot;Checklist for the old API Gateway installation&quot;: Aufgaben 1 bis 6, auf jedem Knoten.</translation>
    </message>
    <message>
        <source>Back up the old apigateway folder</source>
        <extracomment>axway-upgrade: item backup-old: title</extracomment>
        <translation>Den alten apigateway-Ordner sichern</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 1 - Back up the old API Gateway installation&quot;: archive the whole `apigateway` folder of each node. Nothing needs to be stopped. The archive is read back and compared before it is kept, and its SHA-256 is recorded.</source>
        <extracomment>axway-upgrade: item backup-old: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 1 - Back up the old API Gateway installation&quot;: Archivieren Sie den gesamten `apigateway`-Ordner jedes Knotens. Nichts muss angehalten werden. Das Archiv wird zurückgelesen und verglichen, bevor es behalten wird, und seine SHA-256-Prüfsumme wird aufgezeichnet.</translation>
    </message>
    <message>
        <source>Free space where the session keeps backups, or make the files the log names readable, then run the backup again.</source>
        <extracomment>axway-upgrade: item backup-old: remedy</extracomment>
        <translation>Schaffen Sie Platz dort, wo die Sitzung Sicherungen ablegt, oder machen Sie die im Log genannten Dateien lesbar, und führen Sie die Sicherung dann erneut aus.</translation>
    </message>
    <message>
        <source>Back up the old apigateway folder (over SSH)</source>
        <extracomment>axway-upgrade: item backup-old-remote: title</extracomment>
        <translation>Den alten apigateway-Ordner sichern (über SSH)</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 1 - Back up the old API Gateway installation&quot;: on a remote node the archive is made there with tar, next to the old installation, and checked by listing it.</source>
        <extracomment>axway-upgrade: item backup-old-remote: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 1 - Back up the old API Gateway installation&quot;: Auf einem entfernten Knoten wird das Archiv dort mit tar erstellt, neben der alten Installation, und durch Auflisten geprüft.</translation>
    </message>
    <message>
        <source>The databases API Gateway uses are backed up</source>
        <extracomment>axway-upgrade: item backup-databases: title</extracomment>
        <translation>Die von API Gateway verwendeten Datenbanken sind gesichert</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 1 - Back up the old API Gateway installation&quot;: back up every database API Gateway uses: external OAuth or KPS databases, and the metrics database of API Gateway Analytics or API Manager. Note where the backups are.</source>
        <extracomment>axway-upgrade: item backup-databases: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 1 - Back up the old API Gateway installation&quot;: Sichern Sie jede Datenbank, die API Gateway verwendet: externe OAuth- oder KPS-Datenbanken und die Metrikdatenbank von API Gateway Analytics oder API Manager. Notieren Sie, wo die Sicherungen liegen.</translation>
    </message>
    <message>
        <source>Correct the instances list (name, group) or the domain in API Gateway Manager, then run the check again; no answer means the Admin Node Manager is not reachable from this computer (URL, firewall, certificate fingerprint).</source>
        <extracomment>axway-upgrade: item groups-topology: remedy</extracomment>
        <translation>Korrigieren Sie die Instanzliste (Name, Gruppe) oder die Domäne in API Gateway Manager und führen Sie die Prüfung erneut aus; keine Antwort bedeutet, dass der Admin Node Manager von diesem Computer aus nicht erreichbar ist (URL, Firewall, Zertifikat-Fingerabdruck).</translation>
    </message>
    <message>
        <source>Every group is consistent</source>
        <extracomment>axway-upgrade: item groups-consistent: title</extracomment>
        <translation>Jede Gruppe ist konsistent</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 2 - Check that old API Gateway groups are consistent&quot;: upgrade refuses inconsistent groups (all gateways of a group must run the same configuration). The vendor&apos;s test: create a group with more than one gateway, deploy a new configuration to just one of them, and see whether the change shows on the others. `sysupgrade export` also stops with &quot;Group &apos;X&apos; is inconsistent&quot;.</source>
        <extracomment>axway-upgrade: item groups-consistent: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 2 - Check that old API Gateway groups are consistent&quot;: Das Upgrade lehnt inkonsistente Gruppen ab (alle Gateways einer Gruppe müssen dieselbe Konfiguration ausführen). Der Test des Herstellers: Legen Sie eine Gruppe mit mehr als einem Gateway an, spielen Sie eine neue Konfiguration auf nur eines davon ein und prüfen Sie, ob die Änderung auf den anderen erscheint. Auch `sysupgrade export` bricht mit &quot;Group &apos;X&apos; is inconsistent&quot; ab.</translation>
    </message>
    <message>
        <source>Nobody changes the old installation from now on</source>
        <extracomment>axway-upgrade: item no-changes: title</extracomment>
        <translation>Ab jetzt ändert niemand die alte Installation</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 3 - Do not change the old API Gateway installation&quot;: once any sysupgrade command has run, make no topology change, deploy no configuration, leave the admin user store and API Manager (APIs, organizations, applications) alone. The wizard compares the old `conf` folder with the export time before apply.</source>
        <extracomment>axway-upgrade: item no-changes: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 3 - Do not change the old API Gateway installation&quot;: Sobald ein sysupgrade-Befehl gelaufen ist, ändern Sie nichts an der Topologie, spielen keine Konfiguration ein und lassen den Admin-Benutzerspeicher und API Manager (APIs, Organisationen, Anwendungen) unverändert. Der Assistent vergleicht vor apply den alten `conf`-Ordner mit dem Zeitpunkt des Exports.</translation>
    </message>
    <message>
        <source>No third-party JAR of ext/lib is already in the new system/lib</source>
        <extracomment>axway-upgrade: item ext-lib: title; training-tour: item ext-lib: title</extracomment>
        <translation>Keine Drittanbieter-JAR aus ext/lib liegt bereits im neuen system/lib</translation>
    </message>
    <message>
        <source>Remove the duplicated JAR from the old ext/lib (7.7 ships it), or check with Axway which copy to keep, then run the check again.</source>
        <extracomment>axway-upgrade: item ext-lib: remedy</extracomment>
        <translation>Entfernen Sie die doppelte JAR aus dem alten ext/lib (7.7 liefert sie mit) oder klären Sie mit Axway, welche Kopie bleiben soll, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The custom JARs were tested with 7.7</source>
        <extracomment>axway-upgrade: item ext-lib-tested: title</extracomment>
        <translation>Die eigenen JAR-Dateien wurden mit 7.7 getestet</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 4 - Check that ext/lib customizations in the old installation are compatible&quot;: test every third-party or custom JAR with API Gateway 7.7 before the upgrade.</source>
        <extracomment>axway-upgrade: item ext-lib-tested: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 4 - Check that ext/lib customizations in the old installation are compatible&quot;: Testen Sie vor dem Upgrade jede Drittanbieter- oder eigene JAR mit API Gateway 7.7.</translation>
    </message>
    <message>
        <source>API Gateway Analytics is upgraded</source>
        <extracomment>axway-upgrade: item analytics-upgraded: title</extracomment>
        <translation>API Gateway Analytics ist aktualisiert</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 5 - Upgrade API Gateway Analytics version 7.4.0 or later&quot;: upgrade Analytics before sysupgrade (vendor: &quot;Upgrade API Gateway Analytics&quot;).</source>
        <extracomment>axway-upgrade: item analytics-upgraded: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 5 - Upgrade API Gateway Analytics version 7.4.0 or later&quot;: Aktualisieren Sie Analytics vor sysupgrade (Hersteller: &quot;Upgrade API Gateway Analytics&quot;).</translation>
    </message>
    <message>
        <source>The API Manager metrics database is upgraded</source>
        <extracomment>axway-upgrade: item metrics-upgraded: title</extracomment>
        <translation>Die Metrikdatenbank von API Manager ist aktualisiert</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 5 - Upgrade API Gateway Analytics version 7.4.0 or later&quot;: with a metrics database for API Manager and no Analytics, upgrade the metrics database (vendor: &quot;Upgrade your metrics database for API Manager&quot;).</source>
        <extracomment>axway-upgrade: item metrics-upgraded: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 5 - Upgrade API Gateway Analytics version 7.4.0 or later&quot;: Mit einer Metrikdatenbank für API Manager und ohne Analytics aktualisieren Sie die Metrikdatenbank (Hersteller: &quot;Upgrade your metrics database for API Manager&quot;).</translation>
    </message>
    <message>
        <source>No redaction rules to carry over (redaction.xml)</source>
        <extracomment>axway-upgrade: item redaction-found: title</extracomment>
        <translation>Keine Schwärzungsregeln zu übernehmen (redaction.xml)</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 6 - Identify components and configuration requiring manual upgrade steps&quot;, Redaction files: when the old `redaction.xml` holds redactors, it must be copied to the new gateway and included from `service.xml` (done after apply, below).</source>
        <extracomment>axway-upgrade: item redaction-found: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 6 - Identify components and configuration requiring manual upgrade steps&quot;, Redaction files: Enthält die alte `redaction.xml` Redaktoren, muss sie auf das neue Gateway kopiert und aus `service.xml` eingebunden werden (erledigt nach apply, siehe unten).</translation>
    </message>
    <message>
        <source>The JRE&apos;s cacerts and java.security were not customised</source>
        <extracomment>axway-upgrade: item java-customised: title</extracomment>
        <translation>cacerts und java.security der JRE wurden nicht angepasst</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 6 - Identify components and configuration requiring manual upgrade steps&quot;, Java file changes: files of `platform/jre/lib/security` changed after the JRE was installed are customisations. Do not copy them; redo the changes in the new installation&apos;s copies (signed off after apply).</source>
        <extracomment>axway-upgrade: item java-customised: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 6 - Identify components and configuration requiring manual upgrade steps&quot;, Java file changes: Dateien in `platform/jre/lib/security`, die nach der Installation der JRE geändert wurden, sind Anpassungen. Kopieren Sie sie nicht; nehmen Sie die Änderungen in den Kopien der neuen Installation erneut vor (nach apply abgezeichnet).</translation>
    </message>
    <message>
        <source>No custom property in the system jvm.xml</source>
        <extracomment>axway-upgrade: item jvm-custom: title</extracomment>
        <translation>Keine eigene Eigenschaft in der jvm.xml des Systems</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 6 - Identify components and configuration requiring manual upgrade steps&quot;, JVM settings changes: custom properties in `system/conf/jvm.xml` are lost, because the upgrade overwrites that file. Move them to a separate include file (vendor: &quot;System property changes&quot;, KB 167287) before you go on.</source>
        <extracomment>axway-upgrade: item jvm-custom: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 6 - Identify components and configuration requiring manual upgrade steps&quot;, JVM settings changes: Eigene Eigenschaften in `system/conf/jvm.xml` gehen verloren, weil das Upgrade diese Datei überschreibt. Verschieben Sie sie in eine eigene Include-Datei (Hersteller: &quot;System property changes&quot;, KB 167287), bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Custom JVM properties are in an include file</source>
        <extracomment>axway-upgrade: item jvm-moved: title</extracomment>
        <translation>Eigene JVM-Eigenschaften liegen in einer Include-Datei</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 6 - Identify components and configuration requiring manual upgrade steps&quot;, JVM settings changes: sign off once every custom property of the system `jvm.xml` is in a separate include file, which the upgrade keeps.</source>
        <extracomment>axway-upgrade: item jvm-moved: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 6 - Identify components and configuration requiring manual upgrade steps&quot;, JVM settings changes: Zeichnen Sie ab, sobald jede eigene Eigenschaft der System-`jvm.xml` in einer eigenen Include-Datei liegt, die das Upgrade beibehält.</translation>
    </message>
    <message>
        <source>OAuth samples, API firewalling and other manual components are noted</source>
        <extracomment>axway-upgrade: item manual-components: title</extracomment>
        <translation>OAuth-Beispiele, API-Firewalling und andere manuelle Komponenten sind notiert</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 6 - Identify components and configuration requiring manual upgrade steps&quot;: note which of these you use, since sysupgrade does not carry them over: customised OAuth sample files, API firewalling (set up again from the old configuration), the QuickStart tutorial, init.d services, single sign-on files. The wizard handles the last three after apply when they are selected on the parameters page.</source>
        <extracomment>axway-upgrade: item manual-components: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 6 - Identify components and configuration requiring manual upgrade steps&quot;: Notieren Sie, welche davon Sie verwenden, denn sysupgrade übernimmt sie nicht: angepasste OAuth-Beispieldateien, API-Firewalling (aus der alten Konfiguration neu einzurichten), das QuickStart-Tutorial, init.d-Dienste, Single-Sign-on-Dateien. Die letzten drei erledigt der Assistent nach apply, wenn sie auf der Parameterseite ausgewählt sind.</translation>
    </message>
    <message>
        <source>Node Manager customisations are listed to be redone</source>
        <extracomment>axway-upgrade: item nm-customisations: title</extracomment>
        <translation>Anpassungen des Node Managers sind zum Wiederherstellen aufgelistet</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 6 - Identify components and configuration requiring manual upgrade steps&quot;: every Node Manager customisation is lost and must be redone from scratch in 7.7: RBAC with OpenLDAP or Active Directory, Admin Node Manager HA, security headers of API Gateway Manager (port 8090), and Admin Node Manager certificates changed with managedomain.</source>
        <extracomment>axway-upgrade: item nm-customisations: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 6 - Identify components and configuration requiring manual upgrade steps&quot;: Jede Anpassung des Node Managers geht verloren und muss in 7.7 von Grund auf neu vorgenommen werden: RBAC mit OpenLDAP oder Active Directory, Hochverfügbarkeit des Admin Node Managers, Security-Header von API Gateway Manager (Port 8090) und mit managedomain geänderte Zertifikate des Admin Node Managers.</translation>
    </message>
    <message>
        <source>Install API Gateway 7.7</source>
        <extracomment>axway-upgrade: page install: title</extracomment>
        <translation>API Gateway 7.7 installieren</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 1 - Install API Gateway 7.7&quot; (single node) and &quot;Step 1 - Install API Gateway 7.7 on each node&quot; (multi-node).</source>
        <extracomment>axway-upgrade: page install: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 1 - Install API Gateway 7.7&quot; (einzelner Knoten) und &quot;Step 1 - Install API Gateway 7.7 on each node&quot; (mehrere Knoten).</translation>
    </message>
    <message>
        <source>API Gateway 7.7 is installed in a new folder</source>
        <extracomment>axway-upgrade: item install-new: title</extracomment>
        <translation>API Gateway 7.7 ist in einem neuen Ordner installiert</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 1 - Install API Gateway 7.7&quot;: run the installer with the **Custom** option on each node and choose:

- Admin Node Manager: yes (on every node of the multi-node example)
- API Gateway Server: yes
- Policy Studio: only where you will run it
- API Manager: only if you upgrade API Manager
- QuickStart tutorial: **no** (it starts processes; sysupgrade needs none running)
- Cassandra: **no** (the external Cassandra is kept)

Install into a new folder (e.g. `/opt/Axway-7.7`; the installer warns if it is the old one) and give the same Admin Node Manager credentials as the old installation.</source>
        <extracomment>axway-upgrade: item install-new: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 1 - Install API Gateway 7.7&quot;: Führen Sie das Installationsprogramm auf jedem Knoten mit der Option **Custom** aus und wählen Sie:

- Admin Node Manager: ja (auf jedem Knoten des Mehrknoten-Beispiels)
- API Gateway Server: ja
- Policy Studio: nur dort, wo Sie es ausführen werden
- API Manager: nur, wenn Sie API Manager aktualisieren
- QuickStart-Tutorial: **nein** (es startet Prozesse; sysupgrade braucht, dass keiner läuft)
- Cassandra: **nein** (das externe Cassandra bleibt bestehen)

Installieren Sie in einen neuen Ordner (z. B. `/opt/Axway-7.7`; das Installationsprogramm warnt, wenn es der alte ist) und geben Sie dieselben Zugangsdaten für den Admin Node Manager an wie in der alten Installation.</translation>
    </message>
    <message>
        <source>Checklist for the new installation</source>
        <extracomment>axway-upgrade: page new-install: title</extracomment>
        <translation>Checkliste für die neue Installation</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Checklist for the new API Gateway 7.7 installation&quot; (&quot;Step 2 - Update and check the new installation&quot;).</source>
        <extracomment>axway-upgrade: page new-install: help</extracomment>
        <translation>Herstellerdokument, &quot;Checklist for the new API Gateway 7.7 installation&quot; (&quot;Step 2 - Update and check the new installation&quot;).</translation>
    </message>
    <message>
        <source>The latest 7.7 update is applied</source>
        <extracomment>axway-upgrade: item latest-update: title</extracomment>
        <translation>Das neueste 7.7-Update ist eingespielt</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 1 - Apply the latest update&quot;: apply the newest update from Axway Support to each new installation, and read the system property changes between the old version and that update.</source>
        <extracomment>axway-upgrade: item latest-update: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 1 - Apply the latest update&quot;: Spielen Sie das neueste Update vom Axway Support in jede neue Installation ein und lesen Sie die Änderungen der Systemeigenschaften zwischen der alten Version und diesem Update.</translation>
    </message>
    <message>
        <source>The new installation is 7.7</source>
        <extracomment>axway-upgrade: item new-version: title; training-tour: item new-version: title</extracomment>
        <translation>Die neue Installation ist 7.7</translation>
    </message>
    <message>
        <source>Point new_dir at the 7.7 apigateway folder of this node, or install 7.7 there.</source>
        <extracomment>axway-upgrade: item new-version: remedy</extracomment>
        <translation>Lassen Sie new_dir auf den 7.7-apigateway-Ordner dieses Knotens zeigen, oder installieren Sie 7.7 dort.</translation>
    </message>
    <message>
        <source>No Node Manager or gateway was started in the new installation</source>
        <extracomment>axway-upgrade: item nothing-started: title</extracomment>
        <translation>In der neuen Installation wurde kein Node Manager und kein Gateway gestartet</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 2 - Do not start any Node Managers or API Gateways in the new installation&quot;: sysupgrade creates and starts them; a new installation that already has groups was started by hand (or by the QuickStart tutorial).</source>
        <extracomment>axway-upgrade: item nothing-started: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 2 - Do not start any Node Managers or API Gateways in the new installation&quot;: sysupgrade legt sie an und startet sie; eine neue Installation, die bereits Gruppen hat, wurde von Hand (oder durch das QuickStart-Tutorial) gestartet.</translation>
    </message>
    <message>
        <source>Stop what was started in the new installation and reset it with sysupgrade clean (or reinstall 7.7), then run the check again.</source>
        <extracomment>axway-upgrade: item nothing-started: remedy</extracomment>
        <translation>Halten Sie an, was in der neuen Installation gestartet wurde, und setzen Sie sie mit sysupgrade clean zurück (oder installieren Sie 7.7 neu), und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The Cassandra client port 9042 is open</source>
        <extracomment>axway-upgrade: item cassandra-port: title</extracomment>
        <translation>Der Cassandra-Client-Port 9042 ist offen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 3 - Open the new Apache Cassandra client port in the firewall&quot;: the 7.7 Datastax client talks to Cassandra&apos;s native protocol on 9042 (the old Hector client used Thrift on 9160). Open the port on every Cassandra host&apos;s firewall.</source>
        <extracomment>axway-upgrade: item cassandra-port: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 3 - Open the new Apache Cassandra client port in the firewall&quot;: Der Datastax-Client von 7.7 spricht das native Protokoll von Cassandra auf 9042 (der alte Hector-Client nutzte Thrift auf 9160). Öffnen Sie den Port in der Firewall jedes Cassandra-Hosts.</translation>
    </message>
    <message>
        <source>Open the client port on this Cassandra host&apos;s firewall (and check that Cassandra listens on it: native_transport_port in cassandra.yaml), then run the check again.</source>
        <extracomment>axway-upgrade: item cassandra-port: remedy</extracomment>
        <translation>Öffnen Sie den Client-Port in der Firewall dieses Cassandra-Hosts (und prüfen Sie, dass Cassandra darauf lauscht: native_transport_port in cassandra.yaml), und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Copy the JDBC driver JARs to upgrade/lib</source>
        <extracomment>axway-upgrade: item jdbc-jars: title</extracomment>
        <translation>Die JAR-Dateien des JDBC-Treibers nach upgrade/lib kopieren</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 4 - Move third-party JDBC JARs to the new installation&quot;: with OAuth or KPS in an external database, `sysupgrade apply` upgrades its tables and needs the JDBC driver in `apigateway/upgrade/lib`.</source>
        <extracomment>axway-upgrade: item jdbc-jars: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 4 - Move third-party JDBC JARs to the new installation&quot;: Liegen OAuth oder KPS in einer externen Datenbank, aktualisiert `sysupgrade apply` deren Tabellen und braucht den JDBC-Treiber in `apigateway/upgrade/lib`.</translation>
    </message>
    <message>
        <source>Export and upgrade on every node</source>
        <extracomment>axway-upgrade: page export-upgrade: title</extracomment>
        <translation>Export und Upgrade auf jedem Knoten</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 3 - Export the data from the old installation and upgrade it&quot;: on every node, in any order, with the same --anm_host.</source>
        <extracomment>axway-upgrade: page export-upgrade: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 3 - Export the data from the old installation and upgrade it&quot;: auf jedem Knoten, in beliebiger Reihenfolge, mit demselben --anm_host.</translation>
    </message>
    <message>
        <source>Every old process runs: Admin Node Manager, Node Managers, gateways</source>
        <extracomment>axway-upgrade: item old-running: title</extracomment>
        <translation>Jeder alte Prozess läuft: Admin Node Manager, Node Manager, Gateways</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 3&quot;, caution: export reads the configuration from the running old system, so every Admin Node Manager, Node Manager and API Gateway instance of the old installation must be running on every node.</source>
        <extracomment>axway-upgrade: item old-running: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 3&quot;, Warnhinweis: Der Export liest die Konfiguration aus dem laufenden alten System, daher muss jede Instanz von Admin Node Manager, Node Manager und API Gateway der alten Installation auf jedem Knoten laufen.</translation>
    </message>
    <message>
        <source>sysupgrade export</source>
        <extracomment>axway-upgrade: item export: title; training-tour: item export: title</extracomment>
        <translation>sysupgrade export</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 3 - Export the data from the old installation and upgrade it&quot;: exports the old configuration of this node. `--anm_host` names the first Admin Node Manager exactly as in the topology and is the same on every node (with one node it may be left out; giving it does no harm). Errors must be fixed before going on; export may be run again.</source>
        <extracomment>axway-upgrade: item export: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 3 - Export the data from the old installation and upgrade it&quot;: exportiert die alte Konfiguration dieses Knotens. `--anm_host` nennt den ersten Admin Node Manager genau wie in der Topologie und ist auf jedem Knoten gleich (bei einem Knoten kann er entfallen; ihn anzugeben schadet nicht). Fehler müssen vor dem Weitermachen behoben werden; export kann erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>Read upgrade/bin/out/logs/export.log on this node. An inconsistent group: deploy the same configuration to every gateway of the group. A process not running: start it. A host that is not in the topology: set --anm_host to the first Admin Node Manager exactly as the topology spells it. No space left: free disk space. Then run export again.</source>
        <extracomment>axway-upgrade: item export: remedy</extracomment>
        <translation>Lesen Sie upgrade/bin/out/logs/export.log auf diesem Knoten. Eine inkonsistente Gruppe: Spielen Sie dieselbe Konfiguration auf jedes Gateway der Gruppe ein. Ein Prozess läuft nicht: Starten Sie ihn. Ein Host, der nicht in der Topologie steht: Setzen Sie --anm_host auf den ersten Admin Node Manager, genau so geschrieben wie in der Topologie. Kein Platz mehr: Geben Sie Speicherplatz frei. Führen Sie export dann erneut aus.</translation>
    </message>
    <message>
        <source>sysupgrade upgrade</source>
        <extracomment>axway-upgrade: item upgrade: title; training-tour: item upgrade: title</extracomment>
        <translation>sysupgrade upgrade</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 3 - Export the data from the old installation and upgrade it&quot;: upgrades the exported data offline; `--cass_host` points at the external Cassandra cluster. Errors block apply; upgrade may be run again.</source>
        <extracomment>axway-upgrade: item upgrade: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 3 - Export the data from the old installation and upgrade it&quot;: aktualisiert die exportierten Daten offline; `--cass_host` zeigt auf den externen Cassandra-Cluster. Fehler blockieren apply; upgrade kann erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>Read upgrade/bin/out/logs/upgrade.log on this node. A LicenseException: put a valid 7.7 license in conf/licenses of the new installation. No space left: free disk space. Then run upgrade again.</source>
        <extracomment>axway-upgrade: item upgrade: remedy</extracomment>
        <translation>Lesen Sie upgrade/bin/out/logs/upgrade.log auf diesem Knoten. Eine LicenseException: Legen Sie eine gültige 7.7-Lizenz in conf/licenses der neuen Installation ab. Kein Platz mehr: Geben Sie Speicherplatz frei. Führen Sie upgrade dann erneut aus.</translation>
    </message>
    <message>
        <source>upgrade works on what export produced: export runs on every node first</source>
        <extracomment>axway-upgrade: item upgrade: order_reason; axway-upgrade: item upgrade-no-cassandra: order_reason; training-tour: item upgrade: order_reason</extracomment>
        <translation>upgrade arbeitet mit dem, was export erzeugt hat: export läuft zuerst auf jedem Knoten</translation>
    </message>
    <message>
        <source>sysupgrade upgrade --no_cassandra</source>
        <extracomment>axway-upgrade: item upgrade-no-cassandra: title</extracomment>
        <translation>sysupgrade upgrade --no_cassandra</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 3 - Export the data from the old installation and upgrade it&quot;: without Cassandra, upgrade runs with `--no_cassandra`.</source>
        <extracomment>axway-upgrade: item upgrade-no-cassandra: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 3 - Export the data from the old installation and upgrade it&quot;: Ohne Cassandra läuft upgrade mit `--no_cassandra`.</translation>
    </message>
    <message>
        <source>Read upgrade/bin/out/logs/upgrade.log on this node, fix what it reports (a license in conf/licenses of the new installation, disk space), then run upgrade again.</source>
        <extracomment>axway-upgrade: item upgrade-no-cassandra: remedy</extracomment>
        <translation>Lesen Sie upgrade/bin/out/logs/upgrade.log auf diesem Knoten, beheben Sie, was es meldet (eine Lizenz in conf/licenses der neuen Installation, Speicherplatz), und führen Sie upgrade dann erneut aus.</translation>
    </message>
    <message>
        <source>The export and upgrade logs show no unresolved warning</source>
        <extracomment>axway-upgrade: item logs-reviewed: title</extracomment>
        <translation>Die Logs von export und upgrade zeigen keine ungeklärte Warnung</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 3&quot;: read `upgrade/bin/out/logs/export.log` and `upgrade.log` of each node (the wizard keeps each run&apos;s output in the session&apos;s logs). Resolve warnings with the vendor&apos;s sysupgrade error reference, or in Policy Studio.</source>
        <extracomment>axway-upgrade: item logs-reviewed: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 3&quot;: Lesen Sie `upgrade/bin/out/logs/export.log` und `upgrade.log` jedes Knotens (der Assistent bewahrt die Ausgabe jedes Laufs in den Logs der Sitzung auf). Klären Sie Warnungen mit der sysupgrade-Fehlerreferenz des Herstellers oder in Policy Studio.</translation>
    </message>
    <message>
        <source>Apply: the first Admin Node Manager first</source>
        <extracomment>axway-upgrade: page apply: title</extracomment>
        <translation>Apply: der erste Admin Node Manager zuerst</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 4 - Apply the upgraded data to the new installation&quot; and, with several nodes, &quot;Step 5 - Apply the upgraded data to the new installation on the other nodes&quot;.</source>
        <extracomment>axway-upgrade: page apply: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 4 - Apply the upgraded data to the new installation&quot; und, bei mehreren Knoten, &quot;Step 5 - Apply the upgraded data to the new installation on the other nodes&quot;.</translation>
    </message>
    <message>
        <source>The old installation has not changed since export</source>
        <extracomment>axway-upgrade: item unchanged-since-export: title</extracomment>
        <translation>Die alte Installation hat sich seit dem Export nicht geändert</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 3 - Do not change the old API Gateway installation&quot;: a file of the old `conf` newer than the export log means something changed after export; export and upgrade again before apply (vendor FAQ: &quot;What happens if you change the old API Gateway installation after running export?&quot;).</source>
        <extracomment>axway-upgrade: item unchanged-since-export: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 3 - Do not change the old API Gateway installation&quot;: Eine Datei im alten `conf`, die neuer ist als das Export-Log, bedeutet, dass sich nach dem Export etwas geändert hat; führen Sie export und upgrade vor apply erneut aus (Hersteller-FAQ: &quot;What happens if you change the old API Gateway installation after running export?&quot;).</translation>
    </message>
    <message>
        <source>the old system is stopped only once every node has exported and upgraded: export needs it running</source>
        <extracomment>axway-upgrade: item stop-old-gateways: order_reason</extracomment>
        <translation>das alte System wird erst angehalten, wenn jeder Knoten export und upgrade ausgeführt hat: export braucht das laufende System</translation>
    </message>
    <message>
        <source>Cassandra is running</source>
        <extracomment>axway-upgrade: item cassandra-running: title</extracomment>
        <translation>Cassandra läuft</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 4&quot;, caution: Cassandra must be running when apply starts the new gateways.</source>
        <extracomment>axway-upgrade: item cassandra-running: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 4&quot;, Warnhinweis: Cassandra muss laufen, wenn apply die neuen Gateways startet.</translation>
    </message>
    <message>
        <source>Start Cassandra on this host (and open its client port), then run the check again before apply.</source>
        <extracomment>axway-upgrade: item cassandra-running: remedy</extracomment>
        <translation>Starten Sie Cassandra auf diesem Host (und öffnen Sie seinen Client-Port), und führen Sie die Prüfung vor apply erneut aus.</translation>
    </message>
    <message>
        <source>sysupgrade apply</source>
        <extracomment>axway-upgrade: item apply: title; training-tour: item apply: title</extracomment>
        <translation>sysupgrade apply</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 4 - Apply the upgraded data to the new installation on the first Admin Node Manager&quot; and Step 5: apply upgrades external OAuth/KPS databases, creates the new system in the old topology, imports the data and starts the 7.7 processes. The first Admin Node Manager (it holds the domain private key) applies first and must run 7.7 before the other nodes apply, one at a time.</source>
        <extracomment>axway-upgrade: item apply: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 4 - Apply the upgraded data to the new installation on the first Admin Node Manager&quot; und Step 5: apply aktualisiert externe OAuth-/KPS-Datenbanken, legt das neue System in der alten Topologie an, importiert die Daten und startet die 7.7-Prozesse. Der erste Admin Node Manager (er hält den privaten Schlüssel der Domäne) führt apply zuerst aus, und auf ihm muss 7.7 laufen, bevor die anderen Knoten apply ausführen, einer nach dem anderen.</translation>
    </message>
    <message>
        <source>Read upgrade/bin/out/logs/apply.log on this node. &apos;Not a valid host&apos; or &apos;None of the available Admin Node Managers have the domain private key&apos;: --anm_host must name the first Admin Node Manager exactly as in the topology, and that node must apply first; correct the anm_host parameter. A missing JDBC driver: copy it to upgrade/lib. No space left: free disk space. Then run apply again (sysupgrade clean resets this node&apos;s new installation if it is left half done).</source>
        <extracomment>axway-upgrade: item apply: remedy</extracomment>
        <translation>Lesen Sie upgrade/bin/out/logs/apply.log auf diesem Knoten. &apos;Not a valid host&apos; oder &apos;None of the available Admin Node Managers have the domain private key&apos;: --anm_host muss den ersten Admin Node Manager genau wie in der Topologie nennen, und dieser Knoten muss apply zuerst ausführen; korrigieren Sie den Parameter anm_host. Ein fehlender JDBC-Treiber: Kopieren Sie ihn nach upgrade/lib. Kein Platz mehr: Geben Sie Speicherplatz frei. Führen Sie apply dann erneut aus (sysupgrade clean setzt die neue Installation dieses Knotens zurück, wenn sie halb fertig geblieben ist).</translation>
    </message>
    <message>
        <source>the first Admin Node Manager must apply and run 7.7 before the other nodes apply, one at a time; any other order fails with &quot;None of the available Admin Node Managers have the domain private key&quot; (vendor document, Steps 4 and 5)</source>
        <extracomment>axway-upgrade: item apply: order_reason</extracomment>
        <translation>auf dem ersten Admin Node Manager muss apply gelaufen sein und 7.7 laufen, bevor die anderen Knoten apply ausführen, einer nach dem anderen; jede andere Reihenfolge scheitert mit &quot;None of the available Admin Node Managers have the domain private key&quot; (Herstellerdokument, Steps 4 und 5)</translation>
    </message>
    <message>
        <source>Verify the upgrade</source>
        <extracomment>axway-upgrade: page verify: title</extracomment>
        <translation>Das Upgrade überprüfen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 5 - Verify the upgrade&quot; (single node) and &quot;Step 6 - Verify the multi-node upgrade&quot;; then &quot;Update cipher scheme&quot;.</source>
        <extracomment>axway-upgrade: page verify: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 5 - Verify the upgrade&quot; (einzelner Knoten) und &quot;Step 6 - Verify the multi-node upgrade&quot;; danach &quot;Update cipher scheme&quot;.</translation>
    </message>
    <message>
        <source>API Gateway Manager reports 7.7</source>
        <extracomment>axway-upgrade: item anm-77: title</extracomment>
        <translation>API Gateway Manager meldet 7.7</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 5 - Verify the upgrade&quot;: connect to API Gateway Manager and look at the topology.</source>
        <extracomment>axway-upgrade: item anm-77: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 5 - Verify the upgrade&quot;: Verbinden Sie sich mit API Gateway Manager und sehen Sie sich die Topologie an.</translation>
    </message>
    <message>
        <source>Apply has not finished on the first Admin Node Manager: read its apply.log, and check that the 7.7 Admin Node Manager runs.</source>
        <extracomment>axway-upgrade: item anm-77: remedy</extracomment>
        <translation>apply ist auf dem ersten Admin Node Manager nicht fertig geworden: Lesen Sie sein apply.log und prüfen Sie, ob der 7.7-Admin-Node-Manager läuft.</translation>
    </message>
    <message>
        <source>Every instance is back in its group</source>
        <extracomment>axway-upgrade: item topology-kept: title</extracomment>
        <translation>Jede Instanz ist wieder in ihrer Gruppe</translation>
    </message>
    <message>
        <source>The administrator users came over</source>
        <extracomment>axway-upgrade: item admin-users: title</extracomment>
        <translation>Die Administratorbenutzer wurden übernommen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 5 - Verify the upgrade&quot;: view the administrator users in API Gateway Manager; the administrator is there and enabled.</source>
        <extracomment>axway-upgrade: item admin-users: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 5 - Verify the upgrade&quot;: Sehen Sie sich die Administratorbenutzer in API Gateway Manager an; der Administrator ist vorhanden und aktiviert.</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 5 - Verify the upgrade&quot;: view the Key Property Stores in API Gateway Manager.</source>
        <extracomment>axway-upgrade: item kps-stores: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 5 - Verify the upgrade&quot;: Sehen Sie sich die Key Property Stores in API Gateway Manager an.</translation>
    </message>
    <message>
        <source>API Manager answers</source>
        <extracomment>axway-upgrade: item api-manager: title; training-tour: item api-manager: title</extracomment>
        <translation>API Manager antwortet</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 6 - Verify the multi-node upgrade&quot;: connect to the API Manager web console (e.g. https://NodeA:8075/).</source>
        <extracomment>axway-upgrade: item api-manager: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 6 - Verify the multi-node upgrade&quot;: Verbinden Sie sich mit der Webkonsole von API Manager (z. B. https://NodeA:8075/).</translation>
    </message>
    <message>
        <source>API Manager shows organizations, developers and applications</source>
        <extracomment>axway-upgrade: item api-manager-users: title</extracomment>
        <translation>API Manager zeigt Organisationen, Entwickler und Anwendungen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 6 - Verify the multi-node upgrade&quot;: log in as an administrator and view the organizations, application developers and applications; then log in as a non-administrator and view the applications.</source>
        <extracomment>axway-upgrade: item api-manager-users: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 6 - Verify the multi-node upgrade&quot;: Melden Sie sich als Administrator an und sehen Sie sich die Organisationen, Anwendungsentwickler und Anwendungen an; melden Sie sich dann als Nicht-Administrator an und sehen Sie sich die Anwendungen an.</translation>
    </message>
    <message>
        <source>Policy Studio shows the upgraded configuration</source>
        <extracomment>axway-upgrade: item policy-studio: title</extracomment>
        <translation>Policy Studio zeigt die aktualisierte Konfiguration</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 5 - Verify the upgrade&quot;: start Policy Studio, create a project from the running gateway and look through its policies and settings. If OAuth client applications were used, view them in the Client Application Registry.</source>
        <extracomment>axway-upgrade: item policy-studio: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 5 - Verify the upgrade&quot;: Starten Sie Policy Studio, legen Sie ein Projekt aus dem laufenden Gateway an und sehen Sie seine Richtlinien und Einstellungen durch. Wurden OAuth-Client-Anwendungen verwendet, sehen Sie sie in der Client Application Registry an.</translation>
    </message>
    <message>
        <source>Re-encrypt the KPS data (kpsadmin)</source>
        <extracomment>training-tour: item reencrypt: title</extracomment>
        <translation>Die KPS-Daten neu verschlüsseln (kpsadmin)</translation>
    </message>
    <message>
        <source>kpsadmin works on the upgraded system: apply must be done on every node</source>
        <extracomment>axway-upgrade: item reencrypt: order_reason; axway-upgrade: item reencrypt-passphrase: order_reason</extracomment>
        <translation>kpsadmin arbeitet auf dem aktualisierten System: apply muss auf jedem Knoten erledigt sein</translation>
    </message>
    <message>
        <source>After the upgrade</source>
        <extracomment>axway-upgrade: page after: title</extracomment>
        <translation>Nach dem Upgrade</translation>
    </message>
    <message>
        <source>Vendor document, &quot;After you upgrade&quot;: the steps sysupgrade does not do.</source>
        <extracomment>axway-upgrade: page after: help</extracomment>
        <translation>Herstellerdokument, &quot;After you upgrade&quot;: die Schritte, die sysupgrade nicht erledigt.</translation>
    </message>
    <message>
        <source>The Cassandra client port is the one you want</source>
        <extracomment>axway-upgrade: item cassandra-port-kept: title</extracomment>
        <translation>Der Cassandra-Client-Port ist der gewünschte</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Configure a different Apache Cassandra client port&quot;: every Cassandra host now uses 9042. To keep the old port instead, set `native_transport_port` in each host&apos;s `cassandra.yaml` and the port of each host in Policy Studio (Server Settings &gt; Cassandra &gt; Hosts); old gateways must then not run during apply.</source>
        <extracomment>axway-upgrade: item cassandra-port-kept: help</extracomment>
        <translation>Herstellerdokument, &quot;Configure a different Apache Cassandra client port&quot;: Jeder Cassandra-Host verwendet jetzt 9042. Um stattdessen den alten Port zu behalten, setzen Sie `native_transport_port` in der `cassandra.yaml` jedes Hosts und den Port jedes Hosts in Policy Studio (Server Settings &gt; Cassandra &gt; Hosts); alte Gateways dürfen dann während apply nicht laufen.</translation>
    </message>
    <message>
        <source>Development projects are upgraded</source>
        <extracomment>axway-upgrade: item projects: title</extracomment>
        <translation>Die Entwicklungsprojekte sind aktualisiert</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade API Gateway projects&quot;: groups were upgraded by sysupgrade, but Policy Studio projects in development are not. Create them anew from an upgraded gateway or from the old configuration in Policy Studio, or upgrade several at once with `projupgrade`.</source>
        <extracomment>axway-upgrade: item projects: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade API Gateway projects&quot;: Die Gruppen wurden von sysupgrade aktualisiert, Policy-Studio-Projekte in Entwicklung aber nicht. Legen Sie sie aus einem aktualisierten Gateway oder aus der alten Konfiguration in Policy Studio neu an, oder aktualisieren Sie mehrere auf einmal mit `projupgrade`.</translation>
    </message>
    <message>
        <source>Point the init.d service scripts at the new installation</source>
        <extracomment>axway-upgrade: item initd-services: title</extracomment>
        <translation>Die init.d-Dienstskripte auf die neue Installation umstellen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade services&quot;: each `vshell-*` script in `/etc/init.d` gets VDISTDIR (and, for gateways, VINSTDIR) in the new installation. Every script is backed up in the session first and shown as a diff. Needs root.</source>
        <extracomment>axway-upgrade: item initd-services: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade services&quot;: Jedes `vshell-*`-Skript in `/etc/init.d` erhält VDISTDIR (und, bei Gateways, VINSTDIR) in der neuen Installation. Jedes Skript wird zuerst in der Sitzung gesichert und als Diff angezeigt. Erfordert root.</translation>
    </message>
    <message>
        <source>The services start from the new installation</source>
        <extracomment>axway-upgrade: item initd-restart: title</extracomment>
        <translation>Die Dienste starten aus der neuen Installation</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade services&quot;: restart the machine (or the services) and check that the new services start. Alternatively remove the old services and recreate them with `managedomain`.</source>
        <extracomment>axway-upgrade: item initd-restart: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade services&quot;: Starten Sie die Maschine (oder die Dienste) neu und prüfen Sie, ob die neuen Dienste starten. Alternativ entfernen Sie die alten Dienste und legen sie mit `managedomain` neu an.</translation>
    </message>
    <message>
        <source>Migrate the QuickStart tutorial</source>
        <extracomment>axway-upgrade: item quickstart: title</extracomment>
        <translation>Das QuickStart-Tutorial übernehmen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Migrate the QuickStart tutorial&quot;: copy `apigateway/webapps/quickstart` from the old installation to the same place in the new one.</source>
        <extracomment>axway-upgrade: item quickstart: help</extracomment>
        <translation>Herstellerdokument, &quot;Migrate the QuickStart tutorial&quot;: Kopieren Sie `apigateway/webapps/quickstart` aus der alten Installation an dieselbe Stelle in der neuen.</translation>
    </message>
    <message>
        <source>Migrate the single sign-on files</source>
        <extracomment>axway-upgrade: item sso-files: title</extracomment>
        <translation>Die Single-Sign-on-Dateien übernehmen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Migrate single sign-on configuration files&quot;: copy `service-provider.xml`, `service-provider-apiportal.xml`, `sso.jks` and `trustStore.jks` of every instance&apos;s `groups/group-x/instance-x/conf` to the same place in the new installation.</source>
        <extracomment>axway-upgrade: item sso-files: help</extracomment>
        <translation>Herstellerdokument, &quot;Migrate single sign-on configuration files&quot;: Kopieren Sie `service-provider.xml`, `service-provider-apiportal.xml`, `sso.jks` und `trustStore.jks` aus `groups/group-x/instance-x/conf` jeder Instanz an dieselbe Stelle in der neuen Installation.</translation>
    </message>
    <message>
        <source>Copy redaction.xml to the new installation</source>
        <extracomment>axway-upgrade: item redaction: title; training-tour: item redaction: title</extracomment>
        <translation>redaction.xml in die neue Installation kopieren</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 6&quot;, Redaction files: copy `redaction.xml` from the old installation to the new one; the file it replaces is backed up first.</source>
        <extracomment>axway-upgrade: item redaction: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 6&quot;, Redaction files: Kopieren Sie `redaction.xml` aus der alten Installation in die neue; die Datei, die sie ersetzt, wird zuerst gesichert.</translation>
    </message>
    <message>
        <source>redaction.xml is included from service.xml and the configuration validates</source>
        <extracomment>axway-upgrade: item redaction-included: title</extracomment>
        <translation>redaction.xml ist aus service.xml eingebunden und die Konfiguration ist gültig</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 6&quot;, Redaction files: include the copied file from `service.xml` as described in &quot;Enable redaction for an API Gateway&quot;, and validate the configuration.</source>
        <extracomment>axway-upgrade: item redaction-included: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 6&quot;, Redaction files: Binden Sie die kopierte Datei aus `service.xml` ein, wie in &quot;Enable redaction for an API Gateway&quot; beschrieben, und validieren Sie die Konfiguration.</translation>
    </message>
    <message>
        <source>cacerts and java.security customisations are redone</source>
        <extracomment>axway-upgrade: item java-redone: title</extracomment>
        <translation>Die Anpassungen an cacerts und java.security sind neu vorgenommen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 6&quot;, Java file changes: redo the customisations on the new installation&apos;s own `cacerts` and `java.security` (they hold newer CA certificates and defaults: never copy the old files over).</source>
        <extracomment>axway-upgrade: item java-redone: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 6&quot;, Java file changes: Nehmen Sie die Anpassungen an den eigenen `cacerts` und `java.security` der neuen Installation erneut vor (sie enthalten neuere CA-Zertifikate und Standardwerte: Kopieren Sie niemals die alten Dateien darüber).</translation>
    </message>
    <message>
        <source>Node Manager customisations are redone</source>
        <extracomment>axway-upgrade: item nm-redone: title</extracomment>
        <translation>Die Anpassungen des Node Managers sind neu vorgenommen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 6&quot;: redo RBAC with LDAP or Active Directory, Admin Node Manager HA, API Gateway Manager security headers and managedomain certificate changes in 7.7.</source>
        <extracomment>axway-upgrade: item nm-redone: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 6&quot;: Richten Sie RBAC mit LDAP oder Active Directory, die Hochverfügbarkeit des Admin Node Managers, die Security-Header von API Gateway Manager und die mit managedomain geänderten Zertifikate in 7.7 neu ein.</translation>
    </message>
    <message>
        <source>The file steps on this remote node were done by hand</source>
        <extracomment>axway-upgrade: item remote-files: title</extracomment>
        <translation>Die Dateischritte auf diesem entfernten Knoten wurden von Hand erledigt</translation>
    </message>
    <message>
        <source>The wizard reaches a remote node only through SSH commands. On it, do by hand what it does on local nodes: Vendor document, &quot;Task 4&quot; (no ext/lib JAR in the new system/lib), &quot;Task 1 - Apply the latest update&quot; (`managedomain --version`), &quot;Task 2&quot; (no `groups` folder in the new installation), the JDBC JARs, and after apply QuickStart, single sign-on files, `redaction.xml` and the init.d scripts.</source>
        <extracomment>axway-upgrade: item remote-files: help</extracomment>
        <translation>Der Assistent erreicht einen entfernten Knoten nur über SSH-Befehle. Erledigen Sie dort von Hand, was er auf lokalen Knoten tut: Herstellerdokument, &quot;Task 4&quot; (keine ext/lib-JAR im neuen system/lib), &quot;Task 1 - Apply the latest update&quot; (`managedomain --version`), &quot;Task 2&quot; (kein `groups`-Ordner in der neuen Installation), die JDBC-JAR-Dateien und nach apply QuickStart, Single-Sign-on-Dateien, `redaction.xml` und die init.d-Skripte.</translation>
    </message>
    <message>
        <source>For system configuration and the release change log, see the vendor&apos;s Reference (vendor document, &quot;Where to go next&quot;)</source>
        <extracomment>axway-upgrade: item where-next: title</extracomment>
        <translation>Zur Systemkonfiguration und zum Änderungsprotokoll des Release siehe die Referenz des Herstellers (Herstellerdokument, &quot;Where to go next&quot;)</translation>
    </message>
    <message>
        <source>Axway Support: support@axway.com, https://support.axway.com (vendor document, &quot;Support services&quot;)</source>
        <extracomment>axway-upgrade: item support: title</extracomment>
        <translation>Axway Support: support@axway.com, https://support.axway.com (Herstellerdokument, &quot;Support services&quot;)</translation>
    </message>
    <message>
        <source>Cortex Gateway 2024.7 to 2024.9 (multiple servers with HA)</source>
        <extracomment>cortex-upgrade: title</extracomment>
        <translation>Cortex Gateway 2024.7 auf 2024.9 (mehrere Server mit HA)</translation>
    </message>
    <message>
        <source>IIS site name (SiteName)</source>
        <extracomment>cortex-upgrade: parameter site_name: label</extracomment>
        <translation>IIS-Sitename (SiteName)</translation>
    </message>
    <message>
        <source>The IIS web site that hosts Cortex Gateway, as in IIS Manager.</source>
        <extracomment>cortex-upgrade: parameter site_name: help</extracomment>
        <translation>Die IIS-Website, die Cortex Gateway hostet, wie im IIS-Manager.</translation>
    </message>
    <message>
        <source>IIS application (ApplicationName)</source>
        <extracomment>cortex-upgrade: parameter application_name: label</extracomment>
        <translation>IIS-Anwendung (ApplicationName)</translation>
    </message>
    <message>
        <source>The Gateway&apos;s application under the site.</source>
        <extracomment>cortex-upgrade: parameter application_name: help</extracomment>
        <translation>Die Anwendung des Gateways unterhalb der Site.</translation>
    </message>
    <message>
        <source>Installation path (InstallationPath)</source>
        <extracomment>cortex-upgrade: parameter cortex_site_dir: label</extracomment>
        <translation>Installationspfad (InstallationPath)</translation>
    </message>
    <message>
        <source>The folder Cortex Gateway is installed in (its web.config is there).</source>
        <extracomment>cortex-upgrade: parameter cortex_site_dir: help</extracomment>
        <translation>Der Ordner, in dem Cortex Gateway installiert ist (dort liegt seine web.config).</translation>
    </message>
    <message>
        <source>Gateway upgrade script folder</source>
        <extracomment>cortex-upgrade: parameter cortex_script_dir: label</extracomment>
        <translation>Ordner des Gateway-Upgrade-Skripts</translation>
    </message>
    <message>
        <source>Where Upgrade-Gateway.ps1 and Cortex.Innovation.Install.Gateway.Parameters.json were extracted.</source>
        <extracomment>cortex-upgrade: parameter cortex_script_dir: help</extracomment>
        <translation>Wohin Upgrade-Gateway.ps1 und Cortex.Innovation.Install.Gateway.Parameters.json entpackt wurden.</translation>
    </message>
    <message>
        <source>Backup path (BackupPath)</source>
        <extracomment>cortex-upgrade: parameter cortex_backup_dir: label</extracomment>
        <translation>Sicherungspfad (BackupPath)</translation>
    </message>
    <message>
        <source>Where the script backs the site up; the preserved installation files go there too.</source>
        <extracomment>cortex-upgrade: parameter cortex_backup_dir: help</extracomment>
        <translation>Wohin das Skript die Site sichert; dorthin kommen auch die aufbewahrten Installationsdateien.</translation>
    </message>
    <message>
        <source>Application servers</source>
        <extracomment>cortex-upgrade: parameter app_servers: label</extracomment>
        <translation>Anwendungsserver</translation>
    </message>
    <message>
        <source>Every application server of the Service Fabric cluster: the node name exactly as Service Fabric Explorer shows it, its fully qualified domain name, and the cluster&apos;s HTTP gateway port (9080 unless it was changed at installation). The same list fills ApplicationServerFqdns.</source>
        <extracomment>cortex-upgrade: parameter app_servers: help</extracomment>
        <translation>Jeder Anwendungsserver des Service-Fabric-Clusters: der Knotenname genau so, wie Service Fabric Explorer ihn anzeigt, sein vollqualifizierter Domänenname und der HTTP-Gateway-Port des Clusters (9080, sofern bei der Installation nicht geändert). Dieselbe Liste füllt ApplicationServerFqdns.</translation>
    </message>
    <message>
        <source>Application server</source>
        <extracomment>cortex-upgrade: parameter app_servers: role app: label</extracomment>
        <translation>Anwendungsserver</translation>
    </message>
    <message>
        <source>Service Fabric HTTP gateway port (httpGatewayEndpointPort)</source>
        <extracomment>cortex-upgrade: parameter app_servers: attribute sf_port: label; cortex-upgrade: parameter web_servers: attribute sf_port: label</extracomment>
        <translation>HTTP-Gateway-Port von Service Fabric (httpGatewayEndpointPort)</translation>
    </message>
    <message>
        <source>Load balancer FQDN (LoadBalancerFqdn)</source>
        <extracomment>cortex-upgrade: parameter cortex_load_balancer: label</extracomment>
        <translation>FQDN des Load Balancers (LoadBalancerFqdn)</translation>
    </message>
    <message>
        <source>The fully qualified domain name of the load balancer in front of the application servers.</source>
        <extracomment>cortex-upgrade: parameter cortex_load_balancer: help</extracomment>
        <translation>Der vollqualifizierte Domänenname des Load Balancers vor den Anwendungsservern.</translation>
    </message>
    <message>
        <source>Client certificate thumbprint (ClientCertificateThumbprint)</source>
        <extracomment>cortex-upgrade: parameter cortex_client_thumbprint: label</extracomment>
        <translation>Fingerabdruck des Client-Zertifikats (ClientCertificateThumbprint)</translation>
    </message>
    <message>
        <source>The 40 hexadecimal digits of the thumbprint of the client certificate the Gateway uses towards the application servers.</source>
        <extracomment>cortex-upgrade: parameter cortex_client_thumbprint: help</extracomment>
        <translation>Die 40 Hexadezimalziffern des Fingerabdrucks des Client-Zertifikats, das das Gateway gegenüber den Anwendungsservern verwendet.</translation>
    </message>
    <message>
        <source>Flow Debugger installation folder</source>
        <extracomment>cortex-upgrade: parameter flow_debugger_dir: label</extracomment>
        <translation>Installationsordner des Flow Debuggers</translation>
    </message>
    <message>
        <source>Where the Flow Debugger is installed on the web application server (its web.config is there).</source>
        <extracomment>cortex-upgrade: parameter flow_debugger_dir: help</extracomment>
        <translation>Wo der Flow Debugger auf dem Webanwendungsserver installiert ist (dort liegt seine web.config).</translation>
    </message>
    <message>
        <source>Web application server</source>
        <extracomment>cortex-upgrade: parameter web_servers: label; cortex-upgrade: parameter web_servers: role web: label</extracomment>
        <translation>Webanwendungsserver</translation>
    </message>
    <message>
        <source>The web application server that hosts the Flow Debugger and its own Service Fabric cluster: its node name, fully qualified domain name and HTTP gateway port.</source>
        <extracomment>cortex-upgrade: parameter web_servers: help</extracomment>
        <translation>Der Webanwendungsserver, der den Flow Debugger und dessen eigenen Service-Fabric-Cluster hostet: sein Knotenname, sein vollqualifizierter Domänenname und sein HTTP-Gateway-Port.</translation>
    </message>
    <message>
        <source>Cortex Gateway URL</source>
        <extracomment>cortex-upgrade: parameter cortex_url: label; training-tour: parameter cortex_url: label</extracomment>
        <translation>URL von Cortex Gateway</translation>
    </message>
    <message>
        <source>The Gateway&apos;s base URL for the package API, e.g. https://gateway.example.com.</source>
        <extracomment>cortex-upgrade: parameter cortex_url: help</extracomment>
        <translation>Die Basis-URL des Gateways für die Paket-API, z. B. https://gateway.example.com.</translation>
    </message>
    <message>
        <source>Gateway user with the Admin role</source>
        <extracomment>cortex-upgrade: parameter admin_user: label</extracomment>
        <translation>Gateway-Benutzer mit der Rolle Admin</translation>
    </message>
    <message>
        <source>Password of that user</source>
        <extracomment>cortex-upgrade: parameter admin_password: label</extracomment>
        <translation>Passwort dieses Benutzers</translation>
    </message>
    <message>
        <source>Service Fabric client certificate (PEM)</source>
        <extracomment>cortex-upgrade: parameter sf_client_cert: label; training-tour: parameter sf_client_cert: label</extracomment>
        <translation>Service-Fabric-Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>A client certificate with the admin role on both clusters.</source>
        <extracomment>cortex-upgrade: parameter sf_client_cert: help</extracomment>
        <translation>Ein Client-Zertifikat mit der Rolle admin auf beiden Clustern.</translation>
    </message>
    <message>
        <source>Service Fabric client key (PEM)</source>
        <extracomment>cortex-upgrade: parameter sf_client_key: label; training-tour: parameter sf_client_key: label</extracomment>
        <translation>Service-Fabric-Client-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Before you start: the Flow Debugger comes first</source>
        <extracomment>cortex-upgrade: page before: title</extracomment>
        <translation>Bevor Sie beginnen: Der Flow Debugger kommt zuerst</translation>
    </message>
    <message>
        <source>Vendor document, introduction: the Flow Debugger upgrade must be complete before the Gateway is upgraded.</source>
        <extracomment>cortex-upgrade: page before: help</extracomment>
        <translation>Herstellerdokument, Einleitung: Das Upgrade des Flow Debuggers muss abgeschlossen sein, bevor das Gateway aktualisiert wird.</translation>
    </message>
    <message>
        <source>The Flow Debugger upgrade to 2024.9 is complete</source>
        <extracomment>cortex-upgrade: item flow-debugger-done: title</extracomment>
        <translation>Das Upgrade des Flow Debuggers auf 2024.9 ist abgeschlossen</translation>
    </message>
    <message>
        <source>Vendor document, introduction: the Gateway upgrade assumes the Flow Debugger has already been upgraded (the separate &quot;Flow Debugger upgrade&quot; guide). Sign off once that guide was followed to the end on the web application server.</source>
        <extracomment>cortex-upgrade: item flow-debugger-done: help</extracomment>
        <translation>Herstellerdokument, Einleitung: Das Gateway-Upgrade setzt voraus, dass der Flow Debugger bereits aktualisiert wurde (die separate Anleitung &quot;Flow Debugger upgrade&quot;). Zeichnen Sie ab, sobald diese Anleitung auf dem Webanwendungsserver bis zum Ende befolgt wurde.</translation>
    </message>
    <message>
        <source>The Flow Debugger reports 2024.9</source>
        <extracomment>cortex-upgrade: item flow-debugger-version: title</extracomment>
        <translation>Der Flow Debugger meldet 2024.9</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Gateway&quot; introduction: reads the version the Flow Debugger&apos;s web.config declares and expects 2024.9 or later. If it still says 2024.7, do the Flow Debugger upgrade first. A site whose web.config carries no Version key cannot be read this way: the sign-off above then stands alone.</source>
        <extracomment>cortex-upgrade: item flow-debugger-version: help</extracomment>
        <translation>Herstellerdokument, Einleitung zu &quot;Upgrade Gateway&quot;: liest die Version, die die web.config des Flow Debuggers angibt, und erwartet 2024.9 oder neuer. Steht dort noch 2024.7, führen Sie zuerst das Upgrade des Flow Debuggers durch. Eine Site, deren web.config keinen Schlüssel Version enthält, lässt sich so nicht lesen: Dann gilt allein die Abzeichnung oben.</translation>
    </message>
    <message>
        <source>Configure Upgrade Script</source>
        <extracomment>cortex-upgrade: page configure: title</extracomment>
        <translation>Upgrade-Skript konfigurieren</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Configure Upgrade Script&quot;: the gateway upgrade script reads its settings from Cortex.Innovation.Install.Gateway.Parameters.json.</source>
        <extracomment>cortex-upgrade: page configure: help</extracomment>
        <translation>Herstellerdokument, &quot;Configure Upgrade Script&quot;: Das Gateway-Upgrade-Skript liest seine Einstellungen aus Cortex.Innovation.Install.Gateway.Parameters.json.</translation>
    </message>
    <message>
        <source>Write the form&apos;s values into the script&apos;s parameters file</source>
        <extracomment>cortex-upgrade: item configure-script: title</extracomment>
        <translation>Die Werte des Formulars in die Parameterdatei des Skripts schreiben</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Configure Upgrade Script&quot;: the script takes SiteName, ApplicationName, InstallationPath, BackupPath, ApplicationServerFqdns, LoadBalancerFqdn and ClientCertificateThumbprint from its parameters file. This task writes the values of this playbook&apos;s form into those entries and leaves every other byte of the file as it was. ApplicationServerFqdns is the list of the application servers&apos; names from the same form that the Service Fabric steps use, so nothing is typed twice. The file as it was before is kept: it is copied to this session&apos;s backups folder (backups/configure-script/ followed by its full path) before it is replaced, and the diff is in the task&apos;s log.</source>
        <extracomment>cortex-upgrade: item configure-script: help</extracomment>
        <translation>Herstellerdokument, &quot;Configure Upgrade Script&quot;: Das Skript übernimmt SiteName, ApplicationName, InstallationPath, BackupPath, ApplicationServerFqdns, LoadBalancerFqdn und ClientCertificateThumbprint aus seiner Parameterdatei. Diese Aufgabe schreibt die Werte aus dem Formular dieses Playbooks in diese Einträge und lässt jedes andere Byte der Datei unverändert. ApplicationServerFqdns ist die Liste der Namen der Anwendungsserver aus demselben Formular, das auch die Service-Fabric-Schritte verwenden, sodass nichts doppelt eingegeben wird. Die Datei in ihrem vorherigen Zustand bleibt erhalten: Sie wird in den Sicherungsordner dieser Sitzung kopiert (backups/configure-script/ gefolgt von ihrem vollständigen Pfad), bevor sie ersetzt wird, und der Diff steht im Log der Aufgabe.</translation>
    </message>
    <message>
        <source>Correct the value the message names on the parameters page, or free disk space, then run this step again; the file is unchanged until every edit succeeds.</source>
        <extracomment>cortex-upgrade: item configure-script: remedy</extracomment>
        <translation>Korrigieren Sie den Wert, den die Meldung nennt, auf der Parameterseite oder geben Sie Speicherplatz frei, und führen Sie diesen Schritt dann erneut aus; die Datei bleibt unverändert, bis jede Änderung gelingt.</translation>
    </message>
    <message>
        <source>The previous parameters file is kept in the session</source>
        <extracomment>cortex-upgrade: item configure-script-previous: title</extracomment>
        <translation>Die vorherige Parameterdatei wird in der Sitzung aufbewahrt</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Configure Upgrade Script&quot;: keeping the values the file had lets you compare or go back. This checks that the copy taken before the edit is in the session&apos;s backups folder.</source>
        <extracomment>cortex-upgrade: item configure-script-previous: help</extracomment>
        <translation>Herstellerdokument, &quot;Configure Upgrade Script&quot;: Wenn die bisherigen Werte der Datei erhalten bleiben, können Sie vergleichen oder zurückgehen. Dies prüft, ob die vor der Änderung angelegte Kopie im Sicherungsordner der Sitzung liegt.</translation>
    </message>
    <message>
        <source>the copy is taken when the file is edited</source>
        <extracomment>cortex-upgrade: item configure-script-previous: order_reason</extracomment>
        <translation>die Kopie wird angelegt, wenn die Datei geändert wird</translation>
    </message>
    <message>
        <source>Run Upgrade Script</source>
        <extracomment>cortex-upgrade: page run-script: title</extracomment>
        <translation>Upgrade-Skript ausführen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Run Upgrade Script&quot;.</source>
        <extracomment>cortex-upgrade: page run-script: help</extracomment>
        <translation>Herstellerdokument, &quot;Run Upgrade Script&quot;.</translation>
    </message>
    <message>
        <source>Run the gateway upgrade script</source>
        <extracomment>cortex-upgrade: item run-script: title; training-tour: item cortex-run-script: title</extracomment>
        <translation>Das Gateway-Upgrade-Skript ausführen</translation>
    </message>
    <message>
        <source>Read Logs/Upgrade-Gateway.log beside the script and fix what it reports (a parameter left empty, disk space, access to the site or to BackupPath), then run the script again; the site was backed up under BackupPath before it was changed.</source>
        <extracomment>cortex-upgrade: item run-script: remedy</extracomment>
        <translation>Lesen Sie Logs/Upgrade-Gateway.log neben dem Skript und beheben Sie, was es meldet (ein leer gelassener Parameter, Speicherplatz, Zugriff auf die Site oder auf BackupPath), und führen Sie das Skript dann erneut aus; die Site wurde unter BackupPath gesichert, bevor sie geändert wurde.</translation>
    </message>
    <message>
        <source>the script reads the parameters file the previous page writes</source>
        <extracomment>cortex-upgrade: item run-script: order_reason</extracomment>
        <translation>das Skript liest die Parameterdatei, die die vorige Seite schreibt</translation>
    </message>
    <message>
        <source>Cortex Gateway reports 2024.9</source>
        <extracomment>cortex-upgrade: item gateway-version: title</extracomment>
        <translation>Cortex Gateway meldet 2024.9</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Run Upgrade Script&quot;: after the script the Gateway&apos;s web.config declares version 2024.9.</source>
        <extracomment>cortex-upgrade: item gateway-version: help</extracomment>
        <translation>Herstellerdokument, &quot;Run Upgrade Script&quot;: Nach dem Skript gibt die web.config des Gateways die Version 2024.9 an.</translation>
    </message>
    <message>
        <source>The upgrade script did not finish: read Logs/Upgrade-Gateway.log beside it, then run the script again.</source>
        <extracomment>cortex-upgrade: item gateway-version: remedy</extracomment>
        <translation>Das Upgrade-Skript ist nicht fertig geworden: Lesen Sie Logs/Upgrade-Gateway.log daneben und führen Sie das Skript dann erneut aus.</translation>
    </message>
    <message>
        <source>Republish Packages</source>
        <extracomment>cortex-upgrade: page republish: title</extracomment>
        <translation>Pakete neu veröffentlichen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Republish Packages&quot;. Needed for this release only: the cleanup of the NServiceBus endpoint and the RabbitMQ queues broke packages published before it.</source>
        <extracomment>cortex-upgrade: page republish: help</extracomment>
        <translation>Herstellerdokument, &quot;Republish Packages&quot;. Nur für dieses Release nötig: Die Bereinigung des NServiceBus-Endpunkts und der RabbitMQ-Warteschlangen hat Pakete beschädigt, die davor veröffentlicht wurden.</translation>
    </message>
    <message>
        <source>Why every package is republished</source>
        <extracomment>cortex-upgrade: item republish-why: title</extracomment>
        <translation>Warum jedes Paket neu veröffentlicht wird</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Republish Packages&quot;, note: 2024.9 cleaned up the NServiceBus endpoint and the RabbitMQ queues, which breaks the packages published before it; this is needed for this upgrade only.</source>
        <extracomment>cortex-upgrade: item republish-why: help</extracomment>
        <translation>Herstellerdokument, &quot;Republish Packages&quot;, Anmerkung: 2024.9 hat den NServiceBus-Endpunkt und die RabbitMQ-Warteschlangen bereinigt, was die davor veröffentlichten Pakete beschädigt; dies ist nur für dieses Upgrade nötig.</translation>
    </message>
    <message>
        <source>Republish every published package</source>
        <extracomment>cortex-upgrade: item republish-packages: title; training-tour: item republish: title</extracomment>
        <translation>Jedes veröffentlichte Paket neu veröffentlichen</translation>
    </message>
    <message>
        <source>packages are republished on the upgraded Gateway</source>
        <extracomment>cortex-upgrade: item republish-packages: order_reason; cortex-upgrade: item republish-list: order_reason</extracomment>
        <translation>Pakete werden auf dem aktualisierten Gateway neu veröffentlicht</translation>
    </message>
    <message>
        <source>The Package Definitions grid lists the republished packages</source>
        <extracomment>cortex-upgrade: item republish-grid: title</extracomment>
        <translation>Das Raster Package Definitions listet die neu veröffentlichten Pakete</translation>
    </message>
    <message>
        <source>the grid shows the packages once they are republished</source>
        <extracomment>cortex-upgrade: item republish-grid: order_reason</extracomment>
        <translation>das Raster zeigt die Pakete, sobald sie neu veröffentlicht sind</translation>
    </message>
    <message>
        <source>Delete Old Execution Services: application servers</source>
        <extracomment>cortex-upgrade: page delete-app-servers: title</extracomment>
        <translation>Alte Execution Services löschen: Anwendungsserver</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Delete Old Execution Services&quot;. Needed for this release only.</source>
        <extracomment>cortex-upgrade: page delete-app-servers: help</extracomment>
        <translation>Herstellerdokument, &quot;Delete Old Execution Services&quot;. Nur für dieses Release nötig.</translation>
    </message>
    <message>
        <source>Why the old execution services go</source>
        <extracomment>cortex-upgrade: item delete-why: title</extracomment>
        <translation>Warum die alten Execution Services entfernt werden</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Delete Old Execution Services&quot;, note: the same NServiceBus and RabbitMQ cleanup leaves the execution services of older engine versions behind; this is needed for this upgrade only.</source>
        <extracomment>cortex-upgrade: item delete-why: help</extracomment>
        <translation>Herstellerdokument, &quot;Delete Old Execution Services&quot;, Anmerkung: Dieselbe Bereinigung von NServiceBus und RabbitMQ lässt die Execution Services älterer Engine-Versionen zurück; dies ist nur für dieses Upgrade nötig.</translation>
    </message>
    <message>
        <source>Where this happens: the Service Fabric cluster of the application servers</source>
        <extracomment>cortex-upgrade: item sf-explorer: title</extracomment>
        <translation>Wo dies geschieht: der Service-Fabric-Cluster der Anwendungsserver</translation>
    </message>
    <message>
        <source>Delete the old execution services, keep the newest engine</source>
        <extracomment>cortex-upgrade: item sf-delete-app-servers: title; training-tour: item delete-old-services: title</extracomment>
        <translation>Die alten Execution Services löschen, die neueste Engine behalten</translation>
    </message>
    <message>
        <source>the vendor deletes the old execution services after republishing</source>
        <extracomment>cortex-upgrade: item sf-delete-app-servers: order_reason</extracomment>
        <translation>der Hersteller löscht die alten Execution Services nach dem Neuveröffentlichen</translation>
    </message>
    <message>
        <source>Delete Old Execution Services: Flow Debugger</source>
        <extracomment>cortex-upgrade: page delete-flow-debugger: title</extracomment>
        <translation>Alte Execution Services löschen: Flow Debugger</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Delete Old Execution Services&quot;, last paragraph: repeat the same for the Flow Debugger, on the web application server.</source>
        <extracomment>cortex-upgrade: page delete-flow-debugger: help</extracomment>
        <translation>Herstellerdokument, &quot;Delete Old Execution Services&quot;, letzter Absatz: Wiederholen Sie dasselbe für den Flow Debugger, auf dem Webanwendungsserver.</translation>
    </message>
    <message>
        <source>Delete the Flow Debugger&apos;s old execution services, keep the newest engine</source>
        <extracomment>cortex-upgrade: item sf-delete-flow-debugger: title</extracomment>
        <translation>Die alten Execution Services des Flow Debuggers löschen, die neueste Engine behalten</translation>
    </message>
    <message>
        <source>the vendor repeats the deletion for the Flow Debugger once the application servers are done</source>
        <extracomment>cortex-upgrade: item sf-delete-flow-debugger: order_reason</extracomment>
        <translation>der Hersteller wiederholt das Löschen für den Flow Debugger, sobald die Anwendungsserver erledigt sind</translation>
    </message>
    <message>
        <source>Preserve installation files</source>
        <extracomment>cortex-upgrade: page preserve: title</extracomment>
        <translation>Installationsdateien aufbewahren</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Preserve installation files&quot;.</source>
        <extracomment>cortex-upgrade: page preserve: help</extracomment>
        <translation>Herstellerdokument, &quot;Preserve installation files&quot;.</translation>
    </message>
    <message>
        <source>Archive the installation files, with a checksum</source>
        <extracomment>cortex-upgrade: item preserve-files: title</extracomment>
        <translation>Die Installationsdateien archivieren, mit Prüfsumme</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Preserve installation files&quot;: the upgrade script folder, with its parameters file as configured and its log, is needed again for the next upgrade or a repair. This task stores it in a zip archive under the backup path, reads the archive back to verify it, and logs its SHA-256 so that a copy can be checked later.</source>
        <extracomment>cortex-upgrade: item preserve-files: help</extracomment>
        <translation>Herstellerdokument, &quot;Preserve installation files&quot;: Der Ordner des Upgrade-Skripts, mit seiner Parameterdatei wie konfiguriert und seinem Log, wird für das nächste Upgrade oder eine Reparatur wieder gebraucht. Diese Aufgabe legt ihn in einem ZIP-Archiv unter dem Sicherungspfad ab, liest das Archiv zur Überprüfung zurück und protokolliert seine SHA-256-Prüfsumme, damit sich eine Kopie später prüfen lässt.</translation>
    </message>
    <message>
        <source>Free disk space where the session keeps the archive, or make the files the log names readable, then run this step again.</source>
        <extracomment>cortex-upgrade: item preserve-files: remedy</extracomment>
        <translation>Geben Sie Speicherplatz frei, wo die Sitzung das Archiv ablegt, oder machen Sie die im Log genannten Dateien lesbar, und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>the files are preserved as the script used them</source>
        <extracomment>cortex-upgrade: item preserve-files: order_reason</extracomment>
        <translation>die Dateien werden so aufbewahrt, wie das Skript sie verwendet hat</translation>
    </message>
    <message>
        <source>The archive is kept somewhere safe</source>
        <extracomment>cortex-upgrade: item preserve-stored: title</extracomment>
        <translation>Das Archiv wird an einem sicheren Ort aufbewahrt</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Preserve installation files&quot;: copy the archive (its SHA-256 is in the task&apos;s log) off the server, where the next upgrade will find it.</source>
        <extracomment>cortex-upgrade: item preserve-stored: help</extracomment>
        <translation>Herstellerdokument, &quot;Preserve installation files&quot;: Kopieren Sie das Archiv (seine SHA-256-Prüfsumme steht im Log der Aufgabe) vom Server weg an einen Ort, an dem das nächste Upgrade es findet.</translation>
    </message>
    <message>
        <source>the archive must exist first</source>
        <extracomment>cortex-upgrade: item preserve-stored: order_reason</extracomment>
        <translation>das Archiv muss zuerst existieren</translation>
    </message>
    <message>
        <source>Next Steps</source>
        <extracomment>cortex-upgrade: page next-steps: title</extracomment>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Next Steps?&quot;.</source>
        <extracomment>cortex-upgrade: page next-steps: help</extracomment>
        <translation>Herstellerdokument, &quot;Next Steps?&quot;.</translation>
    </message>
    <message>
        <source>Try it out</source>
        <extracomment>cortex-upgrade: item try-it-out: title</extracomment>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Next Steps?&quot;, step 1 (&quot;Try It Out&quot;): follow the vendor&apos;s &quot;Try It Out&quot; guide for 2024.9 to see that flows run end to end on the upgraded system. Sign off once it worked.</source>
        <extracomment>cortex-upgrade: item try-it-out: help</extracomment>
        <translation>Herstellerdokument, &quot;Next Steps?&quot;, Schritt 1 (&quot;Try It Out&quot;): Folgen Sie der Anleitung &quot;Try It Out&quot; des Herstellers für 2024.9, um zu sehen, dass Flows auf dem aktualisierten System von Anfang bis Ende laufen. Zeichnen Sie ab, sobald es funktioniert hat.</translation>
    </message>
    <message>
        <source>KAAZING Gateway: upgrade to a newer release</source>
        <extracomment>kaazing-upgrade: title</extracomment>
        <translation>KAAZING Gateway: Upgrade auf ein neueres Release</translation>
    </message>
    <message>
        <source>Current GATEWAY_HOME</source>
        <extracomment>kaazing-upgrade: parameter kaazing_old_home: label</extracomment>
        <translation>Aktuelles GATEWAY_HOME</translation>
    </message>
    <message>
        <source>The folder of the Gateway in use today: it holds conf/, lib/, bin/ and README.txt.</source>
        <extracomment>kaazing-upgrade: parameter kaazing_old_home: help</extracomment>
        <translation>Der Ordner des heute verwendeten Gateways: Er enthält conf/, lib/, bin/ und README.txt.</translation>
    </message>
    <message>
        <source>Target release</source>
        <extracomment>kaazing-upgrade: parameter kaazing_target: label</extracomment>
        <translation>Ziel-Release</translation>
    </message>
    <message>
        <source>How the new release is installed</source>
        <extracomment>kaazing-upgrade: parameter install_method: label</extracomment>
        <translation>Wie das neue Release installiert wird</translation>
    </message>
    <message>
        <source>The Windows or Linux installer (conventional locations, runs as a service), or the .zip/.tar.gz unpacked into a folder of your choice.</source>
        <extracomment>kaazing-upgrade: parameter install_method: help</extracomment>
        <translation>Das Windows- oder Linux-Installationsprogramm (übliche Speicherorte, läuft als Dienst) oder die .zip/.tar.gz, entpackt in einen Ordner Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Unpack the .tar.gz or .zip</source>
        <extracomment>kaazing-upgrade: parameter install_method: choice archive: label</extracomment>
        <translation>Die .tar.gz oder .zip entpacken</translation>
    </message>
    <message>
        <source>Run the Windows or Linux installer</source>
        <extracomment>kaazing-upgrade: parameter install_method: choice installer: label</extracomment>
        <translation>Das Windows- oder Linux-Installationsprogramm ausführen</translation>
    </message>
    <message>
        <source>Release archive (.tar.gz or .zip)</source>
        <extracomment>kaazing-upgrade: parameter kaazing_release: label</extracomment>
        <translation>Release-Archiv (.tar.gz oder .zip)</translation>
    </message>
    <message>
        <source>Only for unpacking: the downloaded release archive of the target release.</source>
        <extracomment>kaazing-upgrade: parameter kaazing_release: help</extracomment>
        <translation>Nur zum Entpacken: das heruntergeladene Release-Archiv des Ziel-Release.</translation>
    </message>
    <message>
        <source>New GATEWAY_HOME</source>
        <extracomment>kaazing-upgrade: parameter kaazing_new_home: label</extracomment>
        <translation>Neues GATEWAY_HOME</translation>
    </message>
    <message>
        <source>Where the new release lives. Unpacking: a folder that does not exist yet, beside the current one (never the current one). Installer: the KAAZING_HOME the installer made.</source>
        <extracomment>kaazing-upgrade: parameter kaazing_new_home: help</extracomment>
        <translation>Wo das neue Release liegt. Entpacken: ein Ordner, der noch nicht existiert, neben dem aktuellen (niemals der aktuelle). Installationsprogramm: das KAAZING_HOME, das das Installationsprogramm angelegt hat.</translation>
    </message>
    <message>
        <source>Gateway host</source>
        <extracomment>kaazing-upgrade: parameter kaazing_host: label</extracomment>
        <translation>Gateway-Host</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <extracomment>kaazing-upgrade: parameter kaazing_port: label</extracomment>
        <translation>Gateway-Port</translation>
    </message>
    <message>
        <source>The port the new Gateway accepts connections on (gateway.base.port; the vendor&apos;s default is 8000, 8001 for extras).</source>
        <extracomment>kaazing-upgrade: parameter kaazing_port: help</extracomment>
        <translation>Der Port, auf dem das neue Gateway Verbindungen annimmt (gateway.base.port; Standard des Herstellers ist 8000, 8001 für Extras).</translation>
    </message>
    <message>
        <source>Cluster members</source>
        <extracomment>kaazing-upgrade: parameter kaazing_members: label</extracomment>
        <translation>Cluster-Mitglieder</translation>
    </message>
    <message>
        <source>Every Gateway of the cluster, this one included. A single Gateway is a cluster of one.</source>
        <extracomment>kaazing-upgrade: parameter kaazing_members: help</extracomment>
        <translation>Jedes Gateway des Clusters, dieses eingeschlossen. Ein einzelnes Gateway ist ein Cluster aus einem Mitglied.</translation>
    </message>
    <message>
        <source>Cluster member</source>
        <extracomment>kaazing-upgrade: parameter kaazing_members: role member: label</extracomment>
        <translation>Cluster-Mitglied</translation>
    </message>
    <message>
        <source>The release in use and the upgrade path</source>
        <extracomment>kaazing-upgrade: page release: title</extracomment>
        <translation>Das verwendete Release und der Upgrade-Pfad</translation>
    </message>
    <message>
        <source>Vendor document, &quot;About KAAZING Gateway Releases and Upgrades&quot; and &quot;Supported Gateway Upgrade Paths&quot;.</source>
        <extracomment>kaazing-upgrade: page release: help</extracomment>
        <translation>Herstellerdokument, &quot;About KAAZING Gateway Releases and Upgrades&quot; und &quot;Supported Gateway Upgrade Paths&quot;.</translation>
    </message>
    <message>
        <source>KAAZING release numbers are major.minor.maintenance (for example 3.5.11); a higher major or minor number is an upgrade, a higher maintenance number a patch</source>
        <extracomment>kaazing-upgrade: item release-numbering: title</extracomment>
        <translation>KAAZING-Release-Nummern haben die Form Major.Minor.Maintenance (zum Beispiel 3.5.11); eine höhere Major- oder Minor-Nummer ist ein Upgrade, eine höhere Maintenance-Nummer ein Patch</translation>
    </message>
    <message>
        <source>Vendor document, &quot;About KAAZING Gateway Releases and Upgrades&quot;: the three numbers and what an upgrade or a patch is.</source>
        <extracomment>kaazing-upgrade: item release-numbering: help</extracomment>
        <translation>Herstellerdokument, &quot;About KAAZING Gateway Releases and Upgrades&quot;: die drei Zahlen und was ein Upgrade oder ein Patch ist.</translation>
    </message>
    <message>
        <source>Detect the release in use</source>
        <extracomment>kaazing-upgrade: item current-version: title</extracomment>
        <translation>Das verwendete Release ermitteln</translation>
    </message>
    <message>
        <source>Vendor document, &quot;About KAAZING Gateway Releases and Upgrades&quot;: the release number is in README.txt and in the Gateway startup log (and on the Command Center console). The wizard reads it from the Implementation-Version of lib/gateway.server*.jar first, then README.txt, then log/service.log, and says which one answered.</source>
        <extracomment>kaazing-upgrade: item current-version: help</extracomment>
        <translation>Herstellerdokument, &quot;About KAAZING Gateway Releases and Upgrades&quot;: Die Release-Nummer steht in README.txt und im Start-Log des Gateways (und in der Konsole von Command Center). Der Assistent liest sie zuerst aus der Implementation-Version von lib/gateway.server*.jar, dann aus README.txt, dann aus log/service.log, und sagt, welche Quelle geantwortet hat.</translation>
    </message>
    <message>
        <source>The upgrade path from the release in use to the target is supported</source>
        <extracomment>kaazing-upgrade: item upgrade-path: title</extracomment>
        <translation>Der Upgrade-Pfad vom verwendeten Release zum Ziel wird unterstützt</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Supported Gateway Upgrade Paths&quot; and &quot;KAAZING Clients and Backward Compatibility&quot;: the vendor&apos;s table decides patch, minor or major upgrade, or a call to KAAZING Support for 3.2 and earlier; the outcome also says what the upgrade means for the KAAZING clients. The current release is the one detected on the installation, not a typed one.</source>
        <extracomment>kaazing-upgrade: item upgrade-path: help</extracomment>
        <translation>Herstellerdokument, &quot;Supported Gateway Upgrade Paths&quot; und &quot;KAAZING Clients and Backward Compatibility&quot;: Die Tabelle des Herstellers entscheidet zwischen Patch, Minor- oder Major-Upgrade oder, bei 3.2 und älter, einem Anruf beim KAAZING Support; das Ergebnis sagt auch, was das Upgrade für die KAAZING-Clients bedeutet. Das aktuelle Release ist das auf der Installation ermittelte, kein eingetipptes.</translation>
    </message>
    <message>
        <source>Installer or archive</source>
        <extracomment>kaazing-upgrade: page option: title</extracomment>
        <translation>Installationsprogramm oder Archiv</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;: the installer, or unpacking the .zip/.tar.gz.</source>
        <extracomment>kaazing-upgrade: page option: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;: das Installationsprogramm oder das Entpacken der .zip/.tar.gz.</translation>
    </message>
    <message>
        <source>The chosen installation option fits this site</source>
        <extracomment>kaazing-upgrade: item install-method-chosen: title</extracomment>
        <translation>Die gewählte Installationsoption passt zu diesem Standort</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;: the installer puts the Gateway in the operating system&apos;s usual places and runs it as a service; the .zip (Windows) or .tar.gz (Linux, UNIX, Mac) runs in place from any folder. The vendor&apos;s &quot;Setting Up KAAZING Gateway&quot; guide has the details of both; sign off once the option chosen in the parameters is the one this site uses.</source>
        <extracomment>kaazing-upgrade: item install-method-chosen: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;: Das Installationsprogramm legt das Gateway an den üblichen Stellen des Betriebssystems ab und führt es als Dienst aus; die .zip (Windows) oder .tar.gz (Linux, UNIX, Mac) läuft direkt aus einem beliebigen Ordner. Die Anleitung &quot;Setting Up KAAZING Gateway&quot; des Herstellers beschreibt beides im Detail; zeichnen Sie ab, sobald die in den Parametern gewählte Option die ist, die dieser Standort verwendet.</translation>
    </message>
    <message>
        <source>The Windows or Linux installer of the target release has run</source>
        <extracomment>kaazing-upgrade: item installer-run: title</extracomment>
        <translation>Das Windows- oder Linux-Installationsprogramm des Ziel-Release ist gelaufen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;, the installer: it installs the new release into its own KAAZING_HOME at the same level as the old one (for example jms/3.5 and jms/4.0 side by side) and neither overwrites nor removes the earlier release. Enter that new KAAZING_HOME as the new GATEWAY_HOME.</source>
        <extracomment>kaazing-upgrade: item installer-run: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;, das Installationsprogramm: Es installiert das neue Release in ein eigenes KAAZING_HOME auf derselben Ebene wie das alte (zum Beispiel jms/3.5 und jms/4.0 nebeneinander) und überschreibt oder entfernt das frühere Release nicht. Geben Sie dieses neue KAAZING_HOME als neues GATEWAY_HOME an.</translation>
    </message>
    <message>
        <source>The service the installer started is stopped until the configuration is migrated</source>
        <extracomment>kaazing-upgrade: item installer-service-stopped: title</extracomment>
        <translation>Der vom Installationsprogramm gestartete Dienst ist angehalten, bis die Konfiguration übernommen ist</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;, the installer and its note: the installer runs the new Gateway as a service straight away, and two Gateways cannot run on the same host name and port. Stop the new service now (it starts again with the migrated configuration), or give one of the two releases other ports.</source>
        <extracomment>kaazing-upgrade: item installer-service-stopped: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;, das Installationsprogramm und seine Anmerkung: Das Installationsprogramm führt das neue Gateway sofort als Dienst aus, und zwei Gateways können nicht auf demselben Hostnamen und Port laufen. Halten Sie den neuen Dienst jetzt an (er startet mit der übernommenen Konfiguration wieder), oder geben Sie einem der beiden Releases andere Ports.</translation>
    </message>
    <message>
        <source>The release archive is there</source>
        <extracomment>kaazing-upgrade: item release-archive: title</extracomment>
        <translation>Das Release-Archiv ist vorhanden</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;, unpacking: the .zip for Windows or the .tar.gz for Linux, UNIX or Mac of the target release, downloaded from KAAZING.</source>
        <extracomment>kaazing-upgrade: item release-archive: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;, Entpacken: die .zip für Windows oder die .tar.gz für Linux, UNIX oder Mac des Ziel-Release, heruntergeladen von KAAZING.</translation>
    </message>
    <message>
        <source>The new GATEWAY_HOME is a new folder</source>
        <extracomment>kaazing-upgrade: item new-home-free: title</extracomment>
        <translation>Das neue GATEWAY_HOME ist ein neuer Ordner</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;, unpacking: a release unpacked into the GATEWAY_HOME of the earlier one overwrites it, user-modified files such as gateway-config.xml included. The wizard unpacks beside the old release instead, so the new folder must not exist yet.</source>
        <extracomment>kaazing-upgrade: item new-home-free: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;, Entpacken: Ein Release, das in das GATEWAY_HOME des früheren entpackt wird, überschreibt es, einschließlich vom Benutzer geänderter Dateien wie gateway-config.xml. Der Assistent entpackt stattdessen neben das alte Release, daher darf der neue Ordner noch nicht existieren.</translation>
    </message>
    <message>
        <source>Stop the old Gateway and save its files</source>
        <extracomment>kaazing-upgrade: page stop-and-save: title</extracomment>
        <translation>Das alte Gateway anhalten und seine Dateien sichern</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot; (save user-modified files) and the configuration migration steps (&quot;See Also&quot;: &quot;Migrate the Gateway Configuration&quot;).</source>
        <extracomment>kaazing-upgrade: page stop-and-save: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot; (vom Benutzer geänderte Dateien sichern) und die Schritte zur Übernahme der Konfiguration (&quot;See Also&quot;: &quot;Migrate the Gateway Configuration&quot;).</translation>
    </message>
    <message>
        <source>Nothing listens on the Gateway&apos;s host and port any more</source>
        <extracomment>kaazing-upgrade: item port-free: title</extracomment>
        <translation>Auf Host und Port des Gateways lauscht nichts mehr</translation>
    </message>
    <message>
        <source>Back up the user-modified files of conf/</source>
        <extracomment>kaazing-upgrade: item backup-conf: title</extracomment>
        <translation>Die vom Benutzer geänderten Dateien in conf/ sichern</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;, unpacking: take care to save the user-modified files. The migration steps (&quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;) name gateway-config.xml, log4j-config.xml, jaas-config.xml, the keystore, the truststore and the license; all of conf/ goes into one archive in the session folder, read back after writing, and its SHA-256 is logged.</source>
        <extracomment>kaazing-upgrade: item backup-conf: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;, Entpacken: Achten Sie darauf, die vom Benutzer geänderten Dateien zu sichern. Die Übernahmeschritte (&quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;) nennen gateway-config.xml, log4j-config.xml, jaas-config.xml, den Keystore, den Truststore und die Lizenz; ganz conf/ kommt in ein Archiv im Sitzungsordner, wird nach dem Schreiben zurückgelesen, und seine SHA-256-Prüfsumme wird protokolliert.</translation>
    </message>
    <message>
        <source>Free disk space where the session keeps the backup, or make the files the log names readable, then run the backup again.</source>
        <extracomment>kaazing-upgrade: item backup-conf: remedy</extracomment>
        <translation>Geben Sie Speicherplatz frei, wo die Sitzung die Sicherung ablegt, oder machen Sie die im Log genannten Dateien lesbar, und führen Sie die Sicherung dann erneut aus.</translation>
    </message>
    <message>
        <source>User-modified files kept outside conf/ are saved too</source>
        <extracomment>kaazing-upgrade: item backup-elsewhere: title</extracomment>
        <translation>Vom Benutzer geänderte Dateien außerhalb von conf/ sind ebenfalls gesichert</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;, unpacking: save every user-modified file. A license, keystore or truststore referenced by an absolute path outside conf/, and your own web/ content, are not in the archive above; copy them aside and sign off.</source>
        <extracomment>kaazing-upgrade: item backup-elsewhere: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;, Entpacken: Sichern Sie jede vom Benutzer geänderte Datei. Eine Lizenz, ein Keystore oder ein Truststore, auf die über einen absoluten Pfad außerhalb von conf/ verwiesen wird, und Ihre eigenen web/-Inhalte sind nicht im Archiv oben; kopieren Sie sie beiseite und zeichnen Sie ab.</translation>
    </message>
    <message>
        <source>Install the new release beside the old one</source>
        <extracomment>kaazing-upgrade: page install: title</extracomment>
        <translation>Das neue Release neben dem alten installieren</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;.</source>
        <extracomment>kaazing-upgrade: page install: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;.</translation>
    </message>
    <message>
        <source>Unpack the release into the new GATEWAY_HOME</source>
        <extracomment>kaazing-upgrade: item unpack-release: title</extracomment>
        <translation>Das Release in das neue GATEWAY_HOME entpacken</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;, unpacking: the .zip or .tar.gz can be uncompressed into any folder and run in place. It goes into its own folder beside the old GATEWAY_HOME, so the earlier release stays untouched and can be started again if needed.</source>
        <extracomment>kaazing-upgrade: item unpack-release: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;, Entpacken: Die .zip oder .tar.gz kann in einen beliebigen Ordner entpackt und direkt dort ausgeführt werden. Sie kommt in einen eigenen Ordner neben dem alten GATEWAY_HOME, sodass das frühere Release unberührt bleibt und bei Bedarf wieder gestartet werden kann.</translation>
    </message>
    <message>
        <source>Free disk space beside the old GATEWAY_HOME, or check the release archive (download it again if it is damaged), then run this step again; a failed unpack leaves nothing behind.</source>
        <extracomment>kaazing-upgrade: item unpack-release: remedy</extracomment>
        <translation>Geben Sie neben dem alten GATEWAY_HOME Speicherplatz frei oder prüfen Sie das Release-Archiv (laden Sie es erneut herunter, wenn es beschädigt ist), und führen Sie diesen Schritt dann erneut aus; ein fehlgeschlagenes Entpacken hinterlässt nichts.</translation>
    </message>
    <message>
        <source>The new GATEWAY_HOME holds the target release</source>
        <extracomment>kaazing-upgrade: item new-release-version: title</extracomment>
        <translation>Das neue GATEWAY_HOME enthält das Ziel-Release</translation>
    </message>
    <message>
        <source>Vendor document, &quot;About KAAZING Gateway Releases and Upgrades&quot;: the release number of the new installation, read from the Implementation-Version of its lib/gateway.server*.jar, must be the target release.</source>
        <extracomment>kaazing-upgrade: item new-release-version: help</extracomment>
        <translation>Herstellerdokument, &quot;About KAAZING Gateway Releases and Upgrades&quot;: Die Release-Nummer der neuen Installation, gelesen aus der Implementation-Version ihrer lib/gateway.server*.jar, muss das Ziel-Release sein.</translation>
    </message>
    <message>
        <source>Migrate the configuration</source>
        <extracomment>kaazing-upgrade: page migrate: title</extracomment>
        <translation>Die Konfiguration übernehmen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;See Also&quot;: &quot;Migrate the Gateway Configuration&quot; and &quot;Upgrade the Gateway&quot;.</source>
        <extracomment>kaazing-upgrade: page migrate: help</extracomment>
        <translation>Herstellerdokument, &quot;See Also&quot;: &quot;Migrate the Gateway Configuration&quot; und &quot;Upgrade the Gateway&quot;.</translation>
    </message>
    <message>
        <source>Copy the user-modified files into the new conf/</source>
        <extracomment>kaazing-upgrade: item copy-config: title</extracomment>
        <translation>Die vom Benutzer geänderten Dateien in das neue conf/ kopieren</translation>
    </message>
    <message>
        <source>Vendor document, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: the old configuration goes into the new GATEWAY_HOME/conf. The files the new release brought are replaced; each one replaced is kept in the step&apos;s backup folder of the session.</source>
        <extracomment>kaazing-upgrade: item copy-config: help</extracomment>
        <translation>Herstellerdokument, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: Die alte Konfiguration kommt in das neue GATEWAY_HOME/conf. Die Dateien, die das neue Release mitgebracht hat, werden ersetzt; jede ersetzte Datei wird im Sicherungsordner des Schritts in der Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Start the new Gateway once: it translates an out-of-date configuration</source>
        <extracomment>kaazing-upgrade: item first-start: title</extracomment>
        <translation>Das neue Gateway einmal starten: Es übersetzt eine veraltete Konfiguration</translation>
    </message>
    <message>
        <source>Read log/service.log of the new Gateway and fix what it reports (disk space, a port in use, a configuration error), then run this step again.</source>
        <extracomment>kaazing-upgrade: item first-start: remedy; kaazing-upgrade: item second-start: remedy</extracomment>
        <translation>Lesen Sie log/service.log des neuen Gateways und beheben Sie, was es meldet (Speicherplatz, ein belegter Port, ein Konfigurationsfehler), und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>gateway-config.xml.new is in the current namespace</source>
        <extracomment>kaazing-upgrade: item translated: title</extracomment>
        <translation>gateway-config.xml.new ist im aktuellen Namensraum</translation>
    </message>
    <message>
        <source>Stop the new Gateway</source>
        <extracomment>kaazing-upgrade: item stop-new: title</extracomment>
        <translation>Das neue Gateway anhalten</translation>
    </message>
    <message>
        <source>Read log/service.log of the new Gateway and fix what it reports, or stop it by hand, then run this step again.</source>
        <extracomment>kaazing-upgrade: item stop-new: remedy</extracomment>
        <translation>Lesen Sie log/service.log des neuen Gateways und beheben Sie, was es meldet, oder halten Sie es von Hand an, und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>Replace gateway-config.xml with the translated gateway-config.xml.new</source>
        <extracomment>kaazing-upgrade: item adopt-config: title</extracomment>
        <translation>gateway-config.xml durch die übersetzte gateway-config.xml.new ersetzen</translation>
    </message>
    <message>
        <source>Start the new Gateway with the migrated configuration</source>
        <extracomment>kaazing-upgrade: item second-start: title</extracomment>
        <translation>Das neue Gateway mit der übernommenen Konfiguration starten</translation>
    </message>
    <message>
        <source>gateway-config.xml is in the current namespace</source>
        <extracomment>kaazing-upgrade: item namespace-current: title</extracomment>
        <translation>gateway-config.xml ist im aktuellen Namensraum</translation>
    </message>
    <message>
        <source>Vendor document, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: the configuration the Gateway now runs on uses xmlns.kaazing.org/2016/06/gateway.</source>
        <extracomment>kaazing-upgrade: item namespace-current: help</extracomment>
        <translation>Herstellerdokument, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: Die Konfiguration, mit der das Gateway jetzt läuft, verwendet xmlns.kaazing.org/2016/06/gateway.</translation>
    </message>
    <message>
        <source>The startup log shows the target release</source>
        <extracomment>kaazing-upgrade: item startup-version: title</extracomment>
        <translation>Das Start-Log zeigt das Ziel-Release</translation>
    </message>
    <message>
        <source>Vendor document, &quot;About KAAZING Gateway Releases and Upgrades&quot;: the release number is in the Gateway startup log; log/service.log of the new GATEWAY_HOME must name the target release.</source>
        <extracomment>kaazing-upgrade: item startup-version: help</extracomment>
        <translation>Herstellerdokument, &quot;About KAAZING Gateway Releases and Upgrades&quot;: Die Release-Nummer steht im Start-Log des Gateways; log/service.log des neuen GATEWAY_HOME muss das Ziel-Release nennen.</translation>
    </message>
    <message>
        <source>The startup log shows the services accepting on the Gateway port</source>
        <extracomment>kaazing-upgrade: item startup-port: title</extracomment>
        <translation>Das Start-Log zeigt die Dienste, die auf dem Gateway-Port Verbindungen annehmen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;, note: the new Gateway must accept on its own port. The accept URIs logged at startup must use the Gateway port parameter.</source>
        <extracomment>kaazing-upgrade: item startup-port: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;, Anmerkung: Das neue Gateway muss auf seinem eigenen Port Verbindungen annehmen. Die beim Start protokollierten Accept-URIs müssen den Parameter Gateway-Port verwenden.</translation>
    </message>
    <message>
        <source>Cluster members first, then the clients</source>
        <extracomment>kaazing-upgrade: page cluster-clients: title</extracomment>
        <translation>Erst die Cluster-Mitglieder, dann die Clients</translation>
    </message>
    <message>
        <source>Vendor document, &quot;KAAZING Clients and Backward Compatibility&quot;, and the migration steps: upgrade every cluster member before the clients.</source>
        <extracomment>kaazing-upgrade: page cluster-clients: help</extracomment>
        <translation>Herstellerdokument, &quot;KAAZING Clients and Backward Compatibility&quot;, und die Übernahmeschritte: Aktualisieren Sie jedes Cluster-Mitglied vor den Clients.</translation>
    </message>
    <message>
        <source>This cluster member runs the target release on the migrated configuration</source>
        <extracomment>kaazing-upgrade: item member-upgraded: title</extracomment>
        <translation>Dieses Cluster-Mitglied führt das Ziel-Release mit der übernommenen Konfiguration aus</translation>
    </message>
    <message>
        <source>Vendor document, &quot;See Also&quot;, &quot;Upgrade the Gateway&quot;: every member of a cluster is upgraded before any client moves. On each other member run this playbook (or the same steps) and sign off once its startup log shows the target release and its gateway-config.xml the current namespace.</source>
        <extracomment>kaazing-upgrade: item member-upgraded: help</extracomment>
        <translation>Herstellerdokument, &quot;See Also&quot;, &quot;Upgrade the Gateway&quot;: Jedes Mitglied eines Clusters wird aktualisiert, bevor irgendein Client umzieht. Führen Sie auf jedem anderen Mitglied dieses Playbook (oder dieselben Schritte) aus und zeichnen Sie ab, sobald sein Start-Log das Ziel-Release und seine gateway-config.xml den aktuellen Namensraum zeigt.</translation>
    </message>
    <message>
        <source>a member is signed off only after this Gateway&apos;s upgrade has been verified: the same steps, checked the same way, on each member</source>
        <extracomment>kaazing-upgrade: item member-upgraded: order_reason</extracomment>
        <translation>ein Mitglied wird erst abgezeichnet, nachdem das Upgrade dieses Gateways überprüft ist: dieselben Schritte, auf dieselbe Weise geprüft, auf jedem Mitglied</translation>
    </message>
    <message>
        <source>The KAAZING clients are migrated as the upgrade path requires</source>
        <extracomment>kaazing-upgrade: item migrate-clients: title</extracomment>
        <translation>Die KAAZING-Clients sind so umgestellt, wie der Upgrade-Pfad es verlangt</translation>
    </message>
    <message>
        <source>Vendor document, &quot;KAAZING Clients and Backward Compatibility&quot; and the last column of &quot;Supported Gateway Upgrade Paths&quot;: clients built with the 3.3 to 3.5 APIs keep working with 4.0; Java and JavaScript clients move to the 4.x libraries and APIs to use new features; Flash, .NET and Silverlight clients need no migration. A patch needs no client change, a minor upgrade may need a recompile. Sign off once the clients are done (or knowingly left as they are).</source>
        <extracomment>kaazing-upgrade: item migrate-clients: help</extracomment>
        <translation>Herstellerdokument, &quot;KAAZING Clients and Backward Compatibility&quot; und die letzte Spalte von &quot;Supported Gateway Upgrade Paths&quot;: Mit den APIs 3.3 bis 3.5 gebaute Clients funktionieren mit 4.0 weiter; Java- und JavaScript-Clients wechseln zu den 4.x-Bibliotheken und -APIs, um neue Funktionen zu nutzen; Flash-, .NET- und Silverlight-Clients brauchen keine Umstellung. Ein Patch erfordert keine Änderung an Clients, ein Minor-Upgrade unter Umständen eine Neukompilierung. Zeichnen Sie ab, sobald die Clients erledigt sind (oder bewusst so belassen werden).</translation>
    </message>
    <message>
        <source>clients move only once every cluster member&apos;s upgrade is verified: a client built for the new release may depend on what only the new Gateway offers</source>
        <extracomment>kaazing-upgrade: item migrate-clients: order_reason</extracomment>
        <translation>Clients ziehen erst um, wenn das Upgrade jedes Cluster-Mitglieds überprüft ist: Ein für das neue Release gebauter Client kann auf etwas angewiesen sein, das nur das neue Gateway bietet</translation>
    </message>
    <message>
        <source>Clients written on plain WebSocket (not the KAAZING client APIs) follow the developer how-tos</source>
        <extracomment>kaazing-upgrade: item own-websocket-clients: title</extracomment>
        <translation>Clients auf reinem WebSocket (nicht den KAAZING-Client-APIs) folgen den Entwickleranleitungen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;KAAZING Clients and Backward Compatibility&quot;, note: a client of your own on plain WebSocket is not migrated with the KAAZING client instructions; integrate it with the Gateway as the vendor&apos;s developer how-tos describe for its platform.</source>
        <extracomment>kaazing-upgrade: item own-websocket-clients: help</extracomment>
        <translation>Herstellerdokument, &quot;KAAZING Clients and Backward Compatibility&quot;, Anmerkung: Ein eigener Client auf reinem WebSocket wird nicht nach den Anweisungen für KAAZING-Clients umgestellt; binden Sie ihn so an das Gateway an, wie die Entwickleranleitungen des Herstellers es für seine Plattform beschreiben.</translation>
    </message>
    <message>
        <source>clients move only after every cluster member is upgraded</source>
        <extracomment>kaazing-upgrade: item own-websocket-clients: order_reason</extracomment>
        <translation>Clients ziehen erst um, wenn jedes Cluster-Mitglied aktualisiert ist</translation>
    </message>
    <message>
        <source>Sample: a rehearsal on this computer</source>
        <extracomment>sample-local: title</extracomment>
        <translation>Beispiel: eine Probe auf diesem Computer</translation>
    </message>
    <message>
        <source>Single node, or several nodes taking turns.</source>
        <extracomment>sample-local: parameter topology: help</extracomment>
        <translation>Einzelner Knoten oder mehrere Knoten nacheinander.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <extracomment>sample-local: parameter nodes: label</extracomment>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>The machines of the rehearsal. Exactly one is the primary.</source>
        <extracomment>sample-local: parameter nodes: help</extracomment>
        <translation>Die Maschinen der Probe. Genau eine ist die primäre.</translation>
    </message>
    <message>
        <source>Primary</source>
        <extracomment>sample-local: parameter nodes: role primary: label</extracomment>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Secondary</source>
        <extracomment>sample-local: parameter nodes: role secondary: label</extracomment>
        <translation>Sekundär</translation>
    </message>
    <message>
        <source>Not needed by the rehearsal; give one to see that it is masked in the journal and the report.</source>
        <extracomment>sample-local: parameter admin_password: help</extracomment>
        <translation>Für die Probe nicht nötig; geben Sie eines an, um zu sehen, dass es im Journal und im Bericht maskiert wird.</translation>
    </message>
    <message>
        <source>This rehearsal changes nothing outside its session folder</source>
        <extracomment>sample-local: item about: title</extracomment>
        <translation>Diese Probe ändert nichts außerhalb ihres Sitzungsordners</translation>
    </message>
    <message>
        <source>A backup of the installation exists</source>
        <extracomment>sample-local: item backup-taken: title</extracomment>
        <translation>Eine Sicherung der Installation ist vorhanden</translation>
    </message>
    <message>
        <source>Every vendor procedure starts with a backup you can restore. Sign off once you have one, and note where it is.</source>
        <extracomment>sample-local: item backup-taken: help</extracomment>
        <translation>Jede Prozedur eines Herstellers beginnt mit einer Sicherung, die Sie wiederherstellen können. Zeichnen Sie ab, sobald Sie eine haben, und notieren Sie, wo sie liegt.</translation>
    </message>
    <message>
        <source>The session folder exists</source>
        <extracomment>sample-local: item session-folder: title</extracomment>
        <translation>Der Sitzungsordner existiert</translation>
    </message>
    <message>
        <source>The journal and the logs are kept there.</source>
        <extracomment>sample-local: item session-folder: help</extracomment>
        <translation>Das Journal und die Logs werden dort aufbewahrt.</translation>
    </message>
    <message>
        <source>At least 10 MiB free for the session</source>
        <extracomment>sample-local: item free-space: title</extracomment>
        <translation>Mindestens 10 MiB frei für die Sitzung</translation>
    </message>
    <message>
        <source>Logs of long tasks take space.</source>
        <extracomment>sample-local: item free-space: help</extracomment>
        <translation>Logs langer Aufgaben brauchen Platz.</translation>
    </message>
    <message>
        <source>Rehearse on each node</source>
        <extracomment>sample-local: page rehearse: title</extracomment>
        <translation>Auf jedem Knoten proben</translation>
    </message>
    <message>
        <source>The tool reports its version</source>
        <extracomment>sample-local: item tool-version: title</extracomment>
        <translation>Das Werkzeug meldet seine Version</translation>
    </message>
    <message>
        <source>A version check runs a program and compares what it prints with a range.</source>
        <extracomment>sample-local: item tool-version: help</extracomment>
        <translation>Eine Versionsprüfung führt ein Programm aus und vergleicht seine Ausgabe mit einem Bereich.</translation>
    </message>
    <message>
        <source>Run a command</source>
        <extracomment>sample-local: item run-tool: title</extracomment>
        <translation>Einen Befehl ausführen</translation>
    </message>
    <message>
        <source>Tasks run on worker threads, one node after the other, the primary first.</source>
        <extracomment>sample-local: item run-tool: help</extracomment>
        <translation>Aufgaben laufen in Worker-Threads, ein Knoten nach dem anderen, der primäre zuerst.</translation>
    </message>
    <message>
        <source>the primary goes first, then the others one at a time</source>
        <extracomment>sample-local: item run-tool: order_reason</extracomment>
        <translation>der primäre Knoten zuerst, dann die anderen einer nach dem anderen</translation>
    </message>
    <message>
        <source>All nodes were rehearsed</source>
        <extracomment>sample-local: item multi-only: title</extracomment>
        <translation>Alle Knoten wurden geprobt</translation>
    </message>
    <message>
        <source>Shown only for several nodes.</source>
        <extracomment>sample-local: item multi-only: help</extracomment>
        <translation>Nur bei mehreren Knoten angezeigt.</translation>
    </message>
    <message>
        <source>After the rehearsal</source>
        <extracomment>sample-local: page finish: title</extracomment>
        <translation>Nach der Probe</translation>
    </message>
    <message>
        <source>The task logs were reviewed</source>
        <extracomment>sample-local: item logs-reviewed: title</extracomment>
        <translation>Die Logs der Aufgaben wurden durchgesehen</translation>
    </message>
    <message>
        <source>Each task&apos;s output is in the session&apos;s logs folder.</source>
        <extracomment>sample-local: item logs-reviewed: help</extracomment>
        <translation>Die Ausgabe jeder Aufgabe liegt im Logs-Ordner der Sitzung.</translation>
    </message>
    <message>
        <source>Training tour: every kind of step against the simulator</source>
        <extracomment>training-tour: title</extracomment>
        <translation>Trainingstour: jede Art von Schritt gegen den Simulator</translation>
    </message>
    <message>
        <source>Every node of the domain; mark the first Admin Node Manager (the one holding groups/certs/private/domain.p12).</source>
        <extracomment>training-tour: parameter nodes: help</extracomment>
        <translation>Jeder Knoten der Domäne; markieren Sie den ersten Admin Node Manager (den, der groups/certs/private/domain.p12 enthält).</translation>
    </message>
    <message>
        <source>Old apigateway directory</source>
        <extracomment>training-tour: parameter nodes: attribute old_dir: label</extracomment>
        <translation>Altes apigateway-Verzeichnis</translation>
    </message>
    <message>
        <source>New apigateway directory</source>
        <extracomment>training-tour: parameter nodes: attribute new_dir: label</extracomment>
        <translation>Neues apigateway-Verzeichnis</translation>
    </message>
    <message>
        <source>The first Admin Node Manager&apos;s host name exactly as in the topology.</source>
        <extracomment>training-tour: parameter anm_host: help</extracomment>
        <translation>Der Hostname des ersten Admin Node Managers, genau wie in der Topologie.</translation>
    </message>
    <message>
        <source>Admin Node Manager URL</source>
        <extracomment>training-tour: parameter anm_url: label</extracomment>
        <translation>URL des Admin Node Managers</translation>
    </message>
    <message>
        <source>Service Fabric URL</source>
        <extracomment>training-tour: parameter sf_url: label</extracomment>
        <translation>Service-Fabric-URL</translation>
    </message>
    <message>
        <source>KAAZING Gateway URL</source>
        <extracomment>training-tour: parameter kaazing_url: label</extracomment>
        <translation>URL von KAAZING Gateway</translation>
    </message>
    <message>
        <source>Pinned certificate (SHA-256)</source>
        <extracomment>training-tour: parameter tls_pin: label</extracomment>
        <translation>Fest hinterlegtes Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <source>The gateways&apos; self-signed certificate, trusted on first use.</source>
        <extracomment>training-tour: parameter tls_pin: help</extracomment>
        <translation>Das selbst signierte Zertifikat der Gateways, bei der ersten Verwendung als vertrauenswürdig übernommen.</translation>
    </message>
    <message>
        <source>Current KAAZING GATEWAY_HOME</source>
        <extracomment>training-tour: parameter kaazing_old_home: label</extracomment>
        <translation>Aktuelles KAAZING-GATEWAY_HOME</translation>
    </message>
    <message>
        <source>KAAZING release archive</source>
        <extracomment>training-tour: parameter kaazing_release: label</extracomment>
        <translation>KAAZING-Release-Archiv</translation>
    </message>
    <message>
        <source>Current KAAZING release</source>
        <extracomment>training-tour: parameter kaazing_current: label</extracomment>
        <translation>Aktuelles KAAZING-Release</translation>
    </message>
    <message>
        <source>Target KAAZING release</source>
        <extracomment>training-tour: parameter kaazing_target: label</extracomment>
        <translation>KAAZING-Ziel-Release</translation>
    </message>
    <message>
        <source>Cortex upgrade script folder</source>
        <extracomment>training-tour: parameter cortex_script_dir: label</extracomment>
        <translation>Ordner des Cortex-Upgrade-Skripts</translation>
    </message>
    <message>
        <source>Cortex Gateway site folder</source>
        <extracomment>training-tour: parameter cortex_site_dir: label</extracomment>
        <translation>Site-Ordner von Cortex Gateway</translation>
    </message>
    <message>
        <source>Axway: check the old installation</source>
        <extracomment>training-tour: page old-install: title</extracomment>
        <translation>Axway: die alte Installation prüfen</translation>
    </message>
    <message>
        <source>The vendor&apos;s checklist for the old API Gateway installation (&quot;Checklist for the old API Gateway installation&quot;).</source>
        <extracomment>training-tour: page old-install: help</extracomment>
        <translation>Die Checkliste des Herstellers für die alte API-Gateway-Installation (&quot;Checklist for the old API Gateway installation&quot;).</translation>
    </message>
    <message>
        <source>I have read the whole procedure before starting</source>
        <extracomment>training-tour: item read-procedure: title</extracomment>
        <translation>Ich habe die gesamte Prozedur vor dem Beginn gelesen</translation>
    </message>
    <message>
        <source>The vendor asks you to read the document in its entirety before beginning (&quot;Overview of upgrade steps&quot;).</source>
        <extracomment>training-tour: item read-procedure: help</extracomment>
        <translation>Der Hersteller bittet Sie, das Dokument vor dem Beginn vollständig zu lesen (&quot;Overview of upgrade steps&quot;).</translation>
    </message>
    <message>
        <source>Back up the old apigateway directory</source>
        <extracomment>training-tour: item backup-old: title</extracomment>
        <translation>Das alte apigateway-Verzeichnis sichern</translation>
    </message>
    <message>
        <source>Task 1 of the old-installation checklist: back up the `apigateway` directory on each node. The archive is read back and its SHA-256 recorded.</source>
        <extracomment>training-tour: item backup-old: help</extracomment>
        <translation>Aufgabe 1 der Checkliste für die alte Installation: Sichern Sie das `apigateway`-Verzeichnis auf jedem Knoten. Das Archiv wird zurückgelesen und seine SHA-256-Prüfsumme aufgezeichnet.</translation>
    </message>
    <message>
        <source>The Admin Node Manager answers and reports the old version</source>
        <extracomment>training-tour: item groups-consistent: title</extracomment>
        <translation>Der Admin Node Manager antwortet und meldet die alte Version</translation>
    </message>
    <message>
        <source>Task 2 asks for consistent groups; the topology comes from the Admin Node Manager&apos;s /api/topology.</source>
        <extracomment>training-tour: item groups-consistent: help</extracomment>
        <translation>Aufgabe 2 verlangt konsistente Gruppen; die Topologie kommt aus /api/topology des Admin Node Managers.</translation>
    </message>
    <message>
        <source>Task 4: third-party JARs copied by sysupgrade must not already be in the new `system/lib`.</source>
        <extracomment>training-tour: item ext-lib: help</extracomment>
        <translation>Aufgabe 4: Von sysupgrade kopierte Drittanbieter-JAR-Dateien dürfen nicht bereits im neuen `system/lib` liegen.</translation>
    </message>
    <message>
        <source>Axway: check the new installation</source>
        <extracomment>training-tour: page new-install: title</extracomment>
        <translation>Axway: die neue Installation prüfen</translation>
    </message>
    <message>
        <source>The vendor&apos;s checklist for the new API Gateway 7.7 installation.</source>
        <extracomment>training-tour: page new-install: help</extracomment>
        <translation>Die Checkliste des Herstellers für die neue Installation von API Gateway 7.7.</translation>
    </message>
    <message>
        <source>Task 1 of the new-installation checklist: apply the latest update; managedomain reports the version.</source>
        <extracomment>training-tour: item new-version: help</extracomment>
        <translation>Aufgabe 1 der Checkliste für die neue Installation: Spielen Sie das neueste Update ein; managedomain meldet die Version.</translation>
    </message>
    <message>
        <source>Nothing was started in the new installation</source>
        <extracomment>training-tour: item nothing-started: title</extracomment>
        <translation>In der neuen Installation wurde nichts gestartet</translation>
    </message>
    <message>
        <source>Task 2: do not create or start Node Managers or gateways in the new installation; sysupgrade does it.</source>
        <extracomment>training-tour: item nothing-started: help</extracomment>
        <translation>Aufgabe 2: Legen Sie in der neuen Installation keine Node Manager oder Gateways an und starten Sie keine; das erledigt sysupgrade.</translation>
    </message>
    <message>
        <source>Axway: export and upgrade on every node</source>
        <extracomment>training-tour: page export-upgrade: title</extracomment>
        <translation>Axway: export und upgrade auf jedem Knoten</translation>
    </message>
    <message>
        <source>Step 3 of the multi-node example: export and upgrade on every node, in any order, with the same --anm_host.</source>
        <extracomment>training-tour: page export-upgrade: help</extracomment>
        <translation>Schritt 3 des Mehrknoten-Beispiels: export und upgrade auf jedem Knoten, in beliebiger Reihenfolge, mit demselben --anm_host.</translation>
    </message>
    <message>
        <source>Exports the old configuration. The old system must be running on every node, and --anm_host must name the first Admin Node Manager exactly as in the topology.</source>
        <extracomment>training-tour: item export: help</extracomment>
        <translation>Exportiert die alte Konfiguration. Das alte System muss auf jedem Knoten laufen, und --anm_host muss den ersten Admin Node Manager genau wie in der Topologie nennen.</translation>
    </message>
    <message>
        <source>Upgrades the exported data offline, pointing at the external Cassandra cluster (--cass_host).</source>
        <extracomment>training-tour: item upgrade: help</extracomment>
        <translation>Aktualisiert die exportierten Daten offline, mit Verweis auf den externen Cassandra-Cluster (--cass_host).</translation>
    </message>
    <message>
        <source>Axway: apply, first Admin Node Manager first</source>
        <extracomment>training-tour: page apply: title</extracomment>
        <translation>Axway: apply, der erste Admin Node Manager zuerst</translation>
    </message>
    <message>
        <source>Steps 4 and 5: stop the old system on every node, apply on the first Admin Node Manager, then on the other nodes in turn.</source>
        <extracomment>training-tour: page apply: help</extracomment>
        <translation>Schritte 4 und 5: Halten Sie das alte System auf jedem Knoten an, führen Sie apply auf dem ersten Admin Node Manager aus, danach der Reihe nach auf den anderen Knoten.</translation>
    </message>
    <message>
        <source>Creates the new system from the upgraded data. The first Admin Node Manager (the node holding domain.p12) must run 7.7 before the other nodes apply.</source>
        <extracomment>training-tour: item apply: help</extracomment>
        <translation>Legt das neue System aus den aktualisierten Daten an. Auf dem ersten Admin Node Manager (dem Knoten mit domain.p12) muss 7.7 laufen, bevor die anderen Knoten apply ausführen.</translation>
    </message>
    <message>
        <source>the first Admin Node Manager must apply and run 7.7 before the other nodes apply, one at a time (steps 4 and 5 of the vendor document)</source>
        <extracomment>training-tour: item apply: order_reason</extracomment>
        <translation>auf dem ersten Admin Node Manager muss apply gelaufen sein und 7.7 laufen, bevor die anderen Knoten apply ausführen, einer nach dem anderen (Schritte 4 und 5 des Herstellerdokuments)</translation>
    </message>
    <message>
        <source>Step 7: update the cipher scheme with kpsadmin reencrypt, on one node only.</source>
        <extracomment>training-tour: item reencrypt: help</extracomment>
        <translation>Schritt 7: Aktualisieren Sie das Verschlüsselungsschema mit kpsadmin reencrypt, auf nur einem Knoten.</translation>
    </message>
    <message>
        <source>&quot;Redaction files&quot; in Task 6: copy redaction.xml from the old installation to the new gateway. The file it replaces is backed up first.</source>
        <extracomment>training-tour: item redaction: help</extracomment>
        <translation>&quot;Redaction files&quot; in Aufgabe 6: Kopieren Sie redaction.xml aus der alten Installation auf das neue Gateway. Die Datei, die sie ersetzt, wird zuerst gesichert.</translation>
    </message>
    <message>
        <source>KAAZING: upgrade 3.5 to 4.0 from the .tar.gz</source>
        <extracomment>training-tour: page kaazing: title</extracomment>
        <translation>KAAZING: Upgrade von 3.5 auf 4.0 aus der .tar.gz</translation>
    </message>
    <message>
        <source>The supported upgrade paths and the migration of gateway-config.xml (KAAZING &quot;Upgrade Options&quot;).</source>
        <extracomment>training-tour: page kaazing: help</extracomment>
        <translation>Die unterstützten Upgrade-Pfade und die Übernahme von gateway-config.xml (KAAZING &quot;Upgrade Options&quot;).</translation>
    </message>
    <message>
        <source>The current Gateway is 3.3, 3.4 or 3.5</source>
        <extracomment>training-tour: item kaazing-version: title</extracomment>
        <translation>Das aktuelle Gateway ist 3.3, 3.4 oder 3.5</translation>
    </message>
    <message>
        <source>The release number is in README.txt, the jar manifest or the startup log.</source>
        <extracomment>training-tour: item kaazing-version: help</extracomment>
        <translation>Die Release-Nummer steht in README.txt, im JAR-Manifest oder im Start-Log.</translation>
    </message>
    <message>
        <source>The upgrade path is supported</source>
        <extracomment>training-tour: item kaazing-path: title</extracomment>
        <translation>Der Upgrade-Pfad wird unterstützt</translation>
    </message>
    <message>
        <source>The vendor&apos;s table of supported upgrade paths, and what it means for clients.</source>
        <extracomment>training-tour: item kaazing-path: help</extracomment>
        <translation>Die Tabelle des Herstellers mit den unterstützten Upgrade-Pfaden und was sie für Clients bedeuten.</translation>
    </message>
    <message>
        <source>Unpack the 4.0 release</source>
        <extracomment>training-tour: item kaazing-unpack: title</extracomment>
        <translation>Das 4.0-Release entpacken</translation>
    </message>
    <message>
        <source>Unpacking the .tar.gz into a new GATEWAY_HOME leaves the old one untouched.</source>
        <extracomment>training-tour: item kaazing-unpack: help</extracomment>
        <translation>Das Entpacken der .tar.gz in ein neues GATEWAY_HOME lässt das alte unberührt.</translation>
    </message>
    <message>
        <source>Bring the old gateway-config.xml over</source>
        <extracomment>training-tour: item kaazing-config: title</extracomment>
        <translation>Die alte gateway-config.xml übernehmen</translation>
    </message>
    <message>
        <source>Save user-modified files such as gateway-config.xml and copy them into the new conf folder.</source>
        <extracomment>training-tour: item kaazing-config: help</extracomment>
        <translation>Sichern Sie vom Benutzer geänderte Dateien wie gateway-config.xml und kopieren Sie sie in den neuen conf-Ordner.</translation>
    </message>
    <message>
        <source>Start the new Gateway once to translate the configuration</source>
        <extracomment>training-tour: item kaazing-start: title</extracomment>
        <translation>Das neue Gateway einmal starten, um die Konfiguration zu übersetzen</translation>
    </message>
    <message>
        <source>The configuration was translated to the current namespace</source>
        <extracomment>training-tour: item kaazing-translated: title</extracomment>
        <translation>Die Konfiguration wurde in den aktuellen Namensraum übersetzt</translation>
    </message>
    <message>
        <source>gateway-config.xml.new uses the 2016/06 namespace.</source>
        <extracomment>training-tour: item kaazing-translated: help</extracomment>
        <translation>gateway-config.xml.new verwendet den Namensraum 2016/06.</translation>
    </message>
    <message>
        <source>The startup log shows the new version</source>
        <extracomment>training-tour: item kaazing-started: title</extracomment>
        <translation>Das Start-Log zeigt die neue Version</translation>
    </message>
    <message>
        <source>Check the version in the startup log.</source>
        <extracomment>training-tour: item kaazing-started: help</extracomment>
        <translation>Prüfen Sie die Version im Start-Log.</translation>
    </message>
    <message>
        <source>Cortex Gateway 2024.7 to 2024.9</source>
        <extracomment>training-tour: page cortex: title</extracomment>
        <translation>Cortex Gateway 2024.7 auf 2024.9</translation>
    </message>
    <message>
        <source>Configure and run the gateway upgrade script, republish packages, delete old execution services, preserve the installation files.</source>
        <extracomment>training-tour: page cortex: help</extracomment>
        <translation>Das Gateway-Upgrade-Skript konfigurieren und ausführen, Pakete neu veröffentlichen, alte Execution Services löschen, die Installationsdateien aufbewahren.</translation>
    </message>
    <message>
        <source>The Flow Debugger upgrade is done</source>
        <extracomment>training-tour: item flow-debugger: title</extracomment>
        <translation>Das Upgrade des Flow Debuggers ist erledigt</translation>
    </message>
    <message>
        <source>The vendor requires the Flow Debugger upgrade before this one.</source>
        <extracomment>training-tour: item flow-debugger: help</extracomment>
        <translation>Der Hersteller verlangt das Upgrade des Flow Debuggers vor diesem.</translation>
    </message>
    <message>
        <source>Configure the gateway upgrade script</source>
        <extracomment>training-tour: item cortex-configure: title</extracomment>
        <translation>Das Gateway-Upgrade-Skript konfigurieren</translation>
    </message>
    <message>
        <source>&quot;Configure Upgrade Script&quot;: fill in the parameters file; the previous file is kept in the session&apos;s backups.</source>
        <extracomment>training-tour: item cortex-configure: help</extracomment>
        <translation>&quot;Configure Upgrade Script&quot;: Füllen Sie die Parameterdatei aus; die vorherige Datei wird in den Sicherungen der Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>&quot;Run Upgrade Script&quot;.</source>
        <extracomment>training-tour: item cortex-run-script: help</extracomment>
        <translation>&quot;Run Upgrade Script&quot;.</translation>
    </message>
    <message>
        <source>The gateway site is 2024.9</source>
        <extracomment>training-tour: item cortex-version: title</extracomment>
        <translation>Die Gateway-Site ist 2024.9</translation>
    </message>
    <message>
        <source>The script moves the site to 2024.9.</source>
        <extracomment>training-tour: item cortex-version: help</extracomment>
        <translation>Das Skript bringt die Site auf 2024.9.</translation>
    </message>
    <message>
        <source>&quot;Republish Packages&quot;: for each published package, unpublish, create a new version, save and publish. A rerun continues with the packages not done.</source>
        <extracomment>training-tour: item republish: help</extracomment>
        <translation>&quot;Republish Packages&quot;: Für jedes veröffentlichte Paket zurückziehen, eine neue Version anlegen, speichern und veröffentlichen. Ein erneuter Lauf macht mit den nicht erledigten Paketen weiter.</translation>
    </message>
    <message>
        <source>&quot;Delete Old Execution Services&quot; in Service Fabric: every Cortex.Innovation.Execution application but the newest engine version.</source>
        <extracomment>training-tour: item delete-old-services: help</extracomment>
        <translation>&quot;Delete Old Execution Services&quot; in Service Fabric: jede Anwendung Cortex.Innovation.Execution außer der neuesten Engine-Version.</translation>
    </message>
    <message>
        <source>Preserve the installation files</source>
        <extracomment>training-tour: item preserve-files: title</extracomment>
        <translation>Die Installationsdateien aufbewahren</translation>
    </message>
    <message>
        <source>&quot;Preserve installation files&quot;: archive the site, with a checksum.</source>
        <extracomment>training-tour: item preserve-files: help</extracomment>
        <translation>&quot;Preserve installation files&quot;: Archivieren Sie die Site, mit Prüfsumme.</translation>
    </message>
    <message>
        <source>Verify</source>
        <extracomment>training-tour: page verify: title</extracomment>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Verify the upgrades (Axway step 6, KAAZING startup, Cortex next steps).</source>
        <extracomment>training-tour: page verify: help</extracomment>
        <translation>Die Upgrades überprüfen (Axway Schritt 6, KAAZING-Start, Cortex nächste Schritte).</translation>
    </message>
    <message>
        <source>The Admin Node Manager reports 7.7</source>
        <extracomment>training-tour: item anm-upgraded: title</extracomment>
        <translation>Der Admin Node Manager meldet 7.7</translation>
    </message>
    <message>
        <source>Connect to API Gateway Manager and view the topology.</source>
        <extracomment>training-tour: item anm-upgraded: help</extracomment>
        <translation>Verbinden Sie sich mit API Gateway Manager und sehen Sie sich die Topologie an.</translation>
    </message>
    <message>
        <source>Connect to the API Manager web console.</source>
        <extracomment>training-tour: item api-manager: help</extracomment>
        <translation>Verbinden Sie sich mit der Webkonsole von API Manager.</translation>
    </message>
    <message>
        <source>The KAAZING Gateway is up</source>
        <extracomment>training-tour: item kaazing-health: title</extracomment>
        <translation>Das KAAZING Gateway läuft</translation>
    </message>
    <message>
        <source>The Gateway&apos;s health page.</source>
        <extracomment>training-tour: item kaazing-health: help</extracomment>
        <translation>Die Statusseite des Gateways.</translation>
    </message>
    <message>
        <source>The upgrade is verified and handed over</source>
        <extracomment>training-tour: item signoff: title</extracomment>
        <translation>Das Upgrade ist überprüft und übergeben</translation>
    </message>
    <message>
        <source>Sign off once the checks above are green and the users have tried the systems.</source>
        <extracomment>training-tour: item signoff: help</extracomment>
        <translation>Zeichnen Sie ab, sobald die Prüfungen oben grün sind und die Benutzer die Systeme ausprobiert haben.</translation>
    </message>
    <message>
        <source>Every machine of the domain, named as the topology spells its host (API Gateway Manager, Topology), with the folders of its old and its new `apigateway`. Mark exactly one as the first Admin Node Manager: the node that holds `groups/certs/private/domain.p12`; --anm_host is checked against it. A node whose folders this computer cannot reach is marked remote: its commands run over SSH and its file steps are signed off by hand.</source>
        <extracomment>axway-upgrade: parameter nodes: help</extracomment>
        <translation>Jede Maschine der Domäne, benannt so, wie die Topologie ihren Host schreibt (API Gateway Manager, Topology), mit den Ordnern ihres alten und ihres neuen `apigateway`. Markieren Sie genau eine als ersten Admin Node Manager: den Knoten, der `groups/certs/private/domain.p12` enthält; --anm_host wird dagegen geprüft. Ein Knoten, dessen Ordner dieser Computer nicht erreicht, wird als entfernt markiert: Seine Befehle laufen über SSH, seine Dateischritte werden von Hand abgezeichnet.</translation>
    </message>
    <message>
        <source>Every API Gateway instance with its group and the node it runs on, as API Gateway Manager shows them, and the folders of the old and the new `apigateway` on that node. The topology is checked against this list before and after the upgrade; each instance is stopped with the old installation&apos;s `startinstance -k` before apply. Mark one instance of each group that keeps KPS data: kpsadmin re-encrypts that group through it.</source>
        <extracomment>axway-upgrade: parameter instances: help</extracomment>
        <translation>Jede API-Gateway-Instanz mit ihrer Gruppe und dem Knoten, auf dem sie läuft, so wie API Gateway Manager sie anzeigt, und die Ordner des alten und des neuen `apigateway` auf diesem Knoten. Die Topologie wird vor und nach dem Upgrade mit dieser Liste abgeglichen; jede Instanz wird vor apply mit `startinstance -k` der alten Installation angehalten. Markieren Sie in jeder Gruppe, die KPS-Daten hält, eine Instanz: Über sie verschlüsselt kpsadmin diese Gruppe neu.</translation>
    </message>
    <message>
        <source>Reached over SSH</source>
        <extracomment>axway-upgrade: parameter instances: attribute remote: label</extracomment>
        <translation>Über SSH erreicht</translation>
    </message>
    <message>
        <source>Re-encrypt its group&apos;s KPS through it</source>
        <extracomment>axway-upgrade: parameter instances: attribute kps: label</extracomment>
        <translation>KPS ihrer Gruppe über sie neu verschlüsseln</translation>
    </message>
    <message>
        <source>The first Admin Node Manager&apos;s host name exactly as the topology spells it: the node marked first, which holds the domain private key. The same value is given on every node. It is checked before anything runs: against the node marked first, and against the topology&apos;s hosts.</source>
        <extracomment>axway-upgrade: parameter anm_host: help</extracomment>
        <translation>Der Hostname des ersten Admin Node Managers, genau so geschrieben wie in der Topologie: der als erster markierte Knoten, der den privaten Schlüssel der Domäne hält. Auf jedem Knoten wird derselbe Wert angegeben. Er wird geprüft, bevor irgendetwas läuft: gegen den als erster markierten Knoten und gegen die Hosts der Topologie.</translation>
    </message>
    <message>
        <source>API Manager is used</source>
        <extracomment>axway-upgrade: parameter api_manager: label</extracomment>
        <translation>API Manager wird verwendet</translation>
    </message>
    <message>
        <source>Whether API Manager runs on this domain (vendor document, multi-node Step 6): its web console is then verified after the upgrade. Without it, those steps are left out.</source>
        <extracomment>axway-upgrade: parameter api_manager: help</extracomment>
        <translation>Ob API Manager in dieser Domäne läuft (Herstellerdokument, mehrere Knoten, Step 6): Seine Webkonsole wird dann nach dem Upgrade überprüft. Ohne API Manager entfallen diese Schritte.</translation>
    </message>
    <message>
        <source>Redaction rules are in use</source>
        <extracomment>axway-upgrade: parameter redaction: label</extracomment>
        <translation>Schwärzungsregeln werden verwendet</translation>
    </message>
    <message>
        <source>Whether the old `system/conf/redaction.xml` holds redactors (vendor document, Task 6, Redaction files): it is then copied to the new installation after apply and included from service.xml. The check on the old installation says whether it does.</source>
        <extracomment>axway-upgrade: parameter redaction: help</extracomment>
        <translation>Ob die alte `system/conf/redaction.xml` Redaktoren enthält (Herstellerdokument, Task 6, Redaction files): Sie wird dann nach apply in die neue Installation kopiert und aus service.xml eingebunden. Die Prüfung an der alten Installation zeigt, ob das der Fall ist.</translation>
    </message>
    <message>
        <source>KPS passphrase (if one was set)</source>
        <extracomment>axway-upgrade: parameter kps_passphrase: label</extracomment>
        <translation>KPS-Passphrase (falls eine gesetzt wurde)</translation>
    </message>
    <message>
        <source>The passphrase that protects the groups&apos; KPS data, if one was set: kpsadmin then gets it as --oldpassphrase. Leave it empty when none was set.</source>
        <extracomment>axway-upgrade: parameter kps_passphrase: help</extracomment>
        <translation>Die Passphrase, die die KPS-Daten der Gruppen schützt, falls eine gesetzt wurde: kpsadmin erhält sie dann als --oldpassphrase. Lassen Sie das Feld leer, wenn keine gesetzt wurde.</translation>
    </message>
    <message>
        <source>The node marked first holds the domain private key</source>
        <extracomment>axway-upgrade: item first-anm-key: title</extracomment>
        <translation>Der als erster markierte Knoten hält den privaten Schlüssel der Domäne</translation>
    </message>
    <message>
        <source>Vendor documentation (&quot;Which is the first Admin Node Manager?&quot;): the first Admin Node Manager is the node that holds `apigateway/groups/certs/private/domain.p12`. It must apply first, and `--anm_host` must name it; a wrong choice is found here, before anything changes, instead of at apply.</source>
        <extracomment>axway-upgrade: item first-anm-key: help</extracomment>
        <translation>Herstellerdokumentation (&quot;Which is the first Admin Node Manager?&quot;): Der erste Admin Node Manager ist der Knoten, der `apigateway/groups/certs/private/domain.p12` enthält. Er muss apply zuerst ausführen, und `--anm_host` muss ihn nennen; eine falsche Wahl fällt hier auf, bevor sich etwas ändert, statt erst bei apply.</translation>
    </message>
    <message>
        <source>Mark as first the node whose old installation has groups/certs/private/domain.p12 (and set anm_host to it), then run the check again.</source>
        <extracomment>axway-upgrade: item first-anm-key: remedy</extracomment>
        <translation>Markieren Sie den Knoten als ersten, dessen alte Installation groups/certs/private/domain.p12 enthält (und setzen Sie anm_host auf ihn), und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>--anm_host names the node marked first</source>
        <extracomment>axway-upgrade: item anm-host-first: title</extracomment>
        <translation>--anm_host nennt den als erster markierten Knoten</translation>
    </message>
    <message>
        <source>Vendor document, multi-node Step 3: `--anm_host` is the first Admin Node Manager, exactly as the topology spells it, and that node is upgraded first. With another node, export and upgrade pass on every node and the old system is stopped, and only apply fails (&quot;None of the available Admin Node Managers have the domain private key&quot;).</source>
        <extracomment>axway-upgrade: item anm-host-first: help</extracomment>
        <translation>Herstellerdokument, mehrere Knoten, Step 3: `--anm_host` ist der erste Admin Node Manager, genau so geschrieben wie in der Topologie, und dieser Knoten wird zuerst aktualisiert. Mit einem anderen Knoten gelingen export und upgrade auf jedem Knoten, das alte System wird angehalten, und erst apply scheitert (&quot;None of the available Admin Node Managers have the domain private key&quot;).</translation>
    </message>
    <message>
        <source>Correct the anm_host parameter to the first Admin Node Manager&apos;s name (the node that holds domain.p12), or mark that node first; then run the check again.</source>
        <extracomment>axway-upgrade: item anm-host-first: remedy</extracomment>
        <translation>Korrigieren Sie den Parameter anm_host auf den Namen des ersten Admin Node Managers (des Knotens, der domain.p12 enthält), oder markieren Sie diesen Knoten als ersten; führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The topology has the host --anm_host names</source>
        <extracomment>axway-upgrade: item anm-host-known: title</extracomment>
        <translation>Die Topologie enthält den Host, den --anm_host nennt</translation>
    </message>
    <message>
        <source>Vendor document, multi-node Step 3: the value of `--anm_host` must be an exact match of a host name in the topology; otherwise export fails with &quot;ERROR: Host &apos;X&apos; is not a valid host in the topology&quot;. The Admin Node Manager&apos;s `/api/topology` lists the hosts.</source>
        <extracomment>axway-upgrade: item anm-host-known: help</extracomment>
        <translation>Herstellerdokument, mehrere Knoten, Step 3: Der Wert von `--anm_host` muss genau einem Hostnamen in der Topologie entsprechen; sonst scheitert export mit &quot;ERROR: Host &apos;X&apos; is not a valid host in the topology&quot;. `/api/topology` des Admin Node Managers listet die Hosts auf.</translation>
    </message>
    <message>
        <source>Correct the anm_host parameter to a host name exactly as API Gateway Manager&apos;s topology shows it (not an alias or a fully qualified name it does not list), then run the check again.</source>
        <extracomment>axway-upgrade: item anm-host-known: remedy</extracomment>
        <translation>Korrigieren Sie den Parameter anm_host auf einen Hostnamen, genau so, wie die Topologie in API Gateway Manager ihn anzeigt (keinen Alias und keinen vollqualifizierten Namen, den sie nicht aufführt), und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Each listed instance is in its group (membership, not consistency)</source>
        <extracomment>axway-upgrade: item groups-topology: title</extracomment>
        <translation>Jede aufgeführte Instanz ist in ihrer Gruppe (Mitgliedschaft, nicht Konsistenz)</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 2 - Check that old API Gateway groups are consistent&quot;: this check reads the Admin Node Manager&apos;s `/api/topology` and confirms that each instance of the list is in its group, so that the domain is what the form says. It does not test consistency (that every gateway of a group runs the same configuration): that is the vendor&apos;s test, signed off next, and sysupgrade export refuses an inconsistent group.</source>
        <extracomment>axway-upgrade: item groups-topology: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 2 - Check that old API Gateway groups are consistent&quot;: Diese Prüfung liest `/api/topology` des Admin Node Managers und bestätigt, dass jede Instanz der Liste in ihrer Gruppe ist, sodass die Domäne dem Formular entspricht. Sie prüft nicht die Konsistenz (dass jedes Gateway einer Gruppe dieselbe Konfiguration ausführt): Das ist der Test des Herstellers, der als Nächstes abgezeichnet wird, und sysupgrade export lehnt eine inkonsistente Gruppe ab.</translation>
    </message>
    <message>
        <source>Set the parameter &quot;Redaction rules are in use&quot;: the file is then copied to the new installation after apply, and its include signed off.</source>
        <extracomment>axway-upgrade: item redaction-found: remedy</extracomment>
        <translation>Setzen Sie den Parameter &quot;Schwärzungsregeln werden verwendet&quot;: Die Datei wird dann nach apply in die neue Installation kopiert, und ihre Einbindung wird abgezeichnet.</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 4 - Check that ext/lib customizations in the old installation are compatible&quot;: sysupgrade copies the JARs of the old `ext/lib`; the same JAR in the new `apigateway/system/lib` loads twice. The new `system/lib` exists only once 7.7 is installed, so this check is on the new installation&apos;s checklist.</source>
        <extracomment>axway-upgrade: item ext-lib: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 4 - Check that ext/lib customizations in the old installation are compatible&quot;: sysupgrade kopiert die JAR-Dateien des alten `ext/lib`; dieselbe JAR im neuen `apigateway/system/lib` wird doppelt geladen. Das neue `system/lib` existiert erst, wenn 7.7 installiert ist, daher steht diese Prüfung auf der Checkliste für die neue Installation.</translation>
    </message>
    <message>
        <source>the new system/lib exists only once API Gateway 7.7 is installed</source>
        <extracomment>axway-upgrade: item ext-lib: order_reason</extracomment>
        <translation>das neue system/lib existiert erst, wenn API Gateway 7.7 installiert ist</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Task 1 - Apply the latest update&quot;: the document asks for the latest 7.7 update and does not say how to check the version; this check asks the new installation&apos;s own `posix/bin/managedomain --version` and requires 7.7.</source>
        <extracomment>axway-upgrade: item new-version: help</extracomment>
        <translation>Herstellerdokument, &quot;Task 1 - Apply the latest update&quot;: Das Dokument verlangt das neueste 7.7-Update und sagt nicht, wie die Version zu prüfen ist; diese Prüfung fragt das eigene `posix/bin/managedomain --version` der neuen Installation und verlangt 7.7.</translation>
    </message>
    <message>
        <source>Stop the old API Gateway instances</source>
        <extracomment>axway-upgrade: item stop-old-gateways: title; training-tour: item stop-old-gateways: title</extracomment>
        <translation>Die alten API-Gateway-Instanzen anhalten</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 4&quot;, caution: before apply, stop the API Gateway processes of the old installation on all nodes (Cassandra keeps running). Each instance is stopped with the old installation&apos;s `posix/bin/startinstance -g GROUP -n NAME -k`; a site that runs them as services may stop the services instead (and sign this step off by hand).</source>
        <extracomment>axway-upgrade: item stop-old-gateways: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 4&quot;, Warnhinweis: Halten Sie vor apply die API-Gateway-Prozesse der alten Installation auf allen Knoten an (Cassandra läuft weiter). Jede Instanz wird mit `posix/bin/startinstance -g GROUP -n NAME -k` der alten Installation angehalten; wo sie als Dienste laufen, können stattdessen die Dienste angehalten werden (und dieser Schritt wird dann von Hand abgezeichnet).</translation>
    </message>
    <message>
        <source>Stop the instance another way (its service, or API Gateway Manager), or correct its group, name or folder in the instances list; then run this step again.</source>
        <extracomment>axway-upgrade: item stop-old-gateways: remedy</extracomment>
        <translation>Halten Sie die Instanz auf anderem Weg an (über ihren Dienst oder API Gateway Manager), oder korrigieren Sie ihre Gruppe, ihren Namen oder ihren Ordner in der Instanzliste; führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>Stop the old Node Manager</source>
        <extracomment>axway-upgrade: item stop-old-nm: title; training-tour: item stop-old: title</extracomment>
        <translation>Den alten Node Manager anhalten</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 4&quot;, caution: the Admin Node Manager and the Node Managers are processes of the old installation too; each is stopped with the old installation&apos;s `posix/bin/nodemanager -k`, after the node&apos;s gateways.</source>
        <extracomment>axway-upgrade: item stop-old-nm: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 4&quot;, Warnhinweis: Auch der Admin Node Manager und die Node Manager sind Prozesse der alten Installation; jeder wird mit `posix/bin/nodemanager -k` der alten Installation angehalten, nach den Gateways des Knotens.</translation>
    </message>
    <message>
        <source>Stop the Node Manager another way (its service), then run this step again.</source>
        <extracomment>axway-upgrade: item stop-old-nm: remedy</extracomment>
        <translation>Halten Sie den Node Manager auf anderem Weg an (über seinen Dienst), und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>the Node Manager goes last, once the gateways it manages are stopped</source>
        <extracomment>axway-upgrade: item stop-old-nm: order_reason</extracomment>
        <translation>der Node Manager kommt zuletzt, sobald die Gateways, die er verwaltet, angehalten sind</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 5 - Verify the upgrade&quot;: the new system has the old topology: each instance in its group. The new Admin Node Manager lists only the nodes that have applied, so an instance missing here is on a node that was not upgraded, or the list is wrong.</source>
        <extracomment>axway-upgrade: item topology-kept: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 5 - Verify the upgrade&quot;: Das neue System hat die alte Topologie: jede Instanz in ihrer Gruppe. Der neue Admin Node Manager listet nur die Knoten auf, die apply ausgeführt haben; eine hier fehlende Instanz liegt also auf einem Knoten, der nicht aktualisiert wurde, oder die Liste ist falsch.</translation>
    </message>
    <message>
        <source>An instance missing after the upgrade: run sysupgrade apply on its node (or read why it failed in its apply.log). Otherwise correct the instances list (name, group) or the domain in API Gateway Manager, then run the check again; no answer means the Admin Node Manager is not reachable from this computer (URL, firewall, certificate fingerprint).</source>
        <extracomment>axway-upgrade: item topology-kept: remedy</extracomment>
        <translation>Eine Instanz fehlt nach dem Upgrade: Führen Sie sysupgrade apply auf ihrem Knoten aus (oder lesen Sie in dessen apply.log, warum es gescheitert ist). Andernfalls korrigieren Sie die Instanzliste (Name, Gruppe) oder die Domäne in API Gateway Manager und führen Sie die Prüfung erneut aus; keine Antwort bedeutet, dass der Admin Node Manager von diesem Computer aus nicht erreichbar ist (URL, Firewall, Zertifikat-Fingerabdruck).</translation>
    </message>
    <message>
        <source>The Key Property Stores of the group came over</source>
        <extracomment>axway-upgrade: item kps-stores: title</extracomment>
        <translation>Die Key Property Stores der Gruppe wurden übernommen</translation>
    </message>
    <message>
        <source>Re-encrypt the KPS data of the group (kpsadmin)</source>
        <extracomment>axway-upgrade: item reencrypt: title</extracomment>
        <translation>Die KPS-Daten der Gruppe neu verschlüsseln (kpsadmin)</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Step 6 - Update cipher scheme&quot; (&quot;Step 7&quot; with several nodes), and the vendor&apos;s &quot;Update cipher scheme&quot; page it links to: re-encrypt the KPS data with the newer cipher scheme, once per group that keeps KPS data (on one node: it works through the Admin Node Manager), through the instance marked for the group. Where a passphrase protects the KPS data, kpsadmin gets it as `--oldpassphrase`; the linked page is not part of the document this playbook follows, so check the options against your kpsadmin&apos;s help. The gateways of the group are restarted afterwards.</source>
        <extracomment>axway-upgrade: item reencrypt: help; axway-upgrade: item reencrypt-passphrase: help</extracomment>
        <translation>Herstellerdokument, &quot;Step 6 - Update cipher scheme&quot; (&quot;Step 7&quot; bei mehreren Knoten), und die dort verlinkte Seite &quot;Update cipher scheme&quot; des Herstellers: Verschlüsseln Sie die KPS-Daten mit dem neueren Verschlüsselungsschema neu, einmal pro Gruppe, die KPS-Daten hält (auf einem einzigen Knoten: kpsadmin arbeitet über den Admin Node Manager), über die für die Gruppe markierte Instanz. Wo eine Passphrase die KPS-Daten schützt, erhält kpsadmin sie als `--oldpassphrase`; die verlinkte Seite gehört nicht zu dem Dokument, dem dieses Playbook folgt, prüfen Sie die Optionen daher anhand der Hilfe Ihres kpsadmin. Die Gateways der Gruppe werden danach neu gestartet.</translation>
    </message>
    <message>
        <source>Check the administrator credentials and the group and instance of the instances list, and that the instance runs; then run it again.</source>
        <extracomment>axway-upgrade: item reencrypt: remedy</extracomment>
        <translation>Prüfen Sie die Zugangsdaten des Administrators sowie Gruppe und Instanz in der Instanzliste und ob die Instanz läuft; führen Sie den Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>Re-encrypt the KPS data of the group (kpsadmin, with its passphrase)</source>
        <extracomment>axway-upgrade: item reencrypt-passphrase: title</extracomment>
        <translation>Die KPS-Daten der Gruppe neu verschlüsseln (kpsadmin, mit ihrer Passphrase)</translation>
    </message>
    <message>
        <source>Check the administrator credentials and the group and instance of the instances list, and that the instance runs; then run it again. A wrong passphrase: correct the KPS passphrase parameter.</source>
        <extracomment>axway-upgrade: item reencrypt-passphrase: remedy</extracomment>
        <translation>Prüfen Sie die Zugangsdaten des Administrators sowie Gruppe und Instanz in der Instanzliste und ob die Instanz läuft; führen Sie den Schritt dann erneut aus. Eine falsche Passphrase: Korrigieren Sie den Parameter KPS-Passphrase.</translation>
    </message>
    <message>
        <source>The API Gateways of the group are restarted</source>
        <extracomment>axway-upgrade: item kps-restart: title</extracomment>
        <translation>Die API Gateways der Gruppe sind neu gestartet</translation>
    </message>
    <message>
        <source>Vendor&apos;s &quot;Update cipher scheme&quot; page: once the KPS data of a group is re-encrypted, restart every API Gateway of the group so that they read it with the new scheme: in API Gateway Manager (Topology, the instance, Restart), or with `posix/bin/startinstance -g GROUP -n NAME -k` and then `-d` on its node. The topology checks above confirm that every instance is back.</source>
        <extracomment>axway-upgrade: item kps-restart: help</extracomment>
        <translation>Seite &quot;Update cipher scheme&quot; des Herstellers: Sobald die KPS-Daten einer Gruppe neu verschlüsselt sind, starten Sie jedes API Gateway der Gruppe neu, damit es sie mit dem neuen Schema liest: in API Gateway Manager (Topology, die Instanz, Restart) oder mit `posix/bin/startinstance -g GROUP -n NAME -k` und danach `-d` auf seinem Knoten. Die Topologie-Prüfungen oben bestätigen, dass jede Instanz wieder da ist.</translation>
    </message>
    <message>
        <source>a gateway reads the re-encrypted data only once restarted after kpsadmin</source>
        <extracomment>axway-upgrade: item kps-restart: order_reason</extracomment>
        <translation>ein Gateway liest die neu verschlüsselten Daten erst, wenn es nach kpsadmin neu gestartet wurde</translation>
    </message>
    <message>
        <source>Cortex Gateway certificate pin (SHA-256), optional</source>
        <extracomment>cortex-upgrade: parameter cortex_tls_pin: label</extracomment>
        <translation>Fest hinterlegtes Zertifikat von Cortex Gateway (SHA-256), optional</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the Cortex Gateway&apos;s own certificate (the URL above) when it is self-signed; leave empty to verify it against the system&apos;s authorities.</source>
        <extracomment>cortex-upgrade: parameter cortex_tls_pin: help</extracomment>
        <translation>Der SHA-256-Fingerabdruck des eigenen Zertifikats von Cortex Gateway (die URL oben), wenn es selbst signiert ist; leer lassen, um es gegen die Zertifizierungsstellen des Systems zu prüfen.</translation>
    </message>
    <message>
        <source>Application servers&apos; Service Fabric certificate pin (SHA-256), optional</source>
        <extracomment>cortex-upgrade: parameter sf_app_tls_pin: label</extracomment>
        <translation>Fest hinterlegtes Service-Fabric-Zertifikat der Anwendungsserver (SHA-256), optional</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the server certificate of the application servers&apos; Service Fabric cluster (its HTTP gateway port) when it is self-signed; leave empty to verify it against the system&apos;s authorities.</source>
        <extracomment>cortex-upgrade: parameter sf_app_tls_pin: help</extracomment>
        <translation>Der SHA-256-Fingerabdruck des Serverzertifikats des Service-Fabric-Clusters der Anwendungsserver (sein HTTP-Gateway-Port), wenn es selbst signiert ist; leer lassen, um es gegen die Zertifizierungsstellen des Systems zu prüfen.</translation>
    </message>
    <message>
        <source>Flow Debugger&apos;s Service Fabric certificate pin (SHA-256), optional</source>
        <extracomment>cortex-upgrade: parameter sf_web_tls_pin: label</extracomment>
        <translation>Fest hinterlegtes Service-Fabric-Zertifikat des Flow Debuggers (SHA-256), optional</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the server certificate of the web application server&apos;s own Service Fabric cluster (the Flow Debugger&apos;s) when it is self-signed; leave empty to verify it against the system&apos;s authorities.</source>
        <extracomment>cortex-upgrade: parameter sf_web_tls_pin: help</extracomment>
        <translation>Der SHA-256-Fingerabdruck des Serverzertifikats des eigenen Service-Fabric-Clusters des Webanwendungsservers (des Clusters des Flow Debuggers), wenn es selbst signiert ist; leer lassen, um es gegen die Zertifizierungsstellen des Systems zu prüfen.</translation>
    </message>
    <message>
        <source>How long to wait for a deletion (milliseconds)</source>
        <extracomment>cortex-upgrade: parameter sf_delete_wait_ms: label</extracomment>
        <translation>Wie lange auf ein Löschen gewartet wird (Millisekunden)</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Delete Old Execution Services&quot;, step 4: &quot;Give this a few minutes&quot;. After each Delete the wizard asks Service Fabric for the application every 10 seconds until it is gone, for at most this long; then it restarts the code packages on every node and deletes again. 300000 is five minutes.</source>
        <extracomment>cortex-upgrade: parameter sf_delete_wait_ms: help</extracomment>
        <translation>Herstellerdokument, &quot;Delete Old Execution Services&quot;, Schritt 4: &quot;Give this a few minutes&quot;. Nach jedem Delete fragt der Assistent Service Fabric alle 10 Sekunden nach der Anwendung, bis sie verschwunden ist, höchstens so lange; danach startet er die Code-Pakete auf jedem Knoten neu und löscht erneut. 300000 sind fünf Minuten.</translation>
    </message>
    <message>
        <source>PowerShell program</source>
        <extracomment>cortex-upgrade: parameter powershell: label</extracomment>
        <translation>PowerShell-Programm</translation>
    </message>
    <message>
        <source>The program that runs Upgrade-Gateway.ps1: powershell.exe (Windows PowerShell, found on the PATH) or pwsh (PowerShell 7), or its full path. A .ps1 script is not a program Windows can start by itself: the wizard runs it as `powershell.exe -NoProfile -ExecutionPolicy Bypass -File Upgrade-Gateway.ps1` from the script&apos;s folder (Bypass, because the downloaded script is not signed).</source>
        <extracomment>cortex-upgrade: parameter powershell: help</extracomment>
        <translation>Das Programm, das Upgrade-Gateway.ps1 ausführt: powershell.exe (Windows PowerShell, im PATH gefunden) oder pwsh (PowerShell 7), oder sein vollständiger Pfad. Ein .ps1-Skript ist kein Programm, das Windows selbst starten kann: Der Assistent führt es als `powershell.exe -NoProfile -ExecutionPolicy Bypass -File Upgrade-Gateway.ps1` aus dem Ordner des Skripts aus (Bypass, weil das heruntergeladene Skript nicht signiert ist).</translation>
    </message>
    <message>
        <source>How packages are republished</source>
        <extracomment>cortex-upgrade: parameter republish_mode: label</extracomment>
        <translation>Wie Pakete neu veröffentlicht werden</translation>
    </message>
    <message>
        <source>Cortex Gateway has no public package API. &quot;Through the API&quot; runs the wizard&apos;s templated HTTP calls (list, unpublish, create a new version, save, publish), the project&apos;s profile of the Gateway&apos;s web API: adapt them to your Gateway&apos;s API before relying on them. &quot;Guided&quot; lists the published packages read-only where that listing works, and asks you to sign off each bullet of the vendor&apos;s step 4, done by hand in Gateway&apos;s Admin, Packages screen for every published package.</source>
        <extracomment>cortex-upgrade: parameter republish_mode: help</extracomment>
        <translation>Cortex Gateway hat keine öffentliche Paket-API. &quot;Über die API&quot; führt die als Vorlagen hinterlegten HTTP-Aufrufe des Assistenten aus (auflisten, zurückziehen, neue Version anlegen, speichern, veröffentlichen), das Profil des Projekts für die Web-API des Gateways: Passen Sie sie an die API Ihres Gateways an, bevor Sie sich auf sie verlassen. &quot;Geführt&quot; listet die veröffentlichten Pakete nur lesend auf, wo diese Auflistung funktioniert, und bittet Sie, jeden Punkt von Schritt 4 des Herstellers abzuzeichnen, der für jedes veröffentlichte Paket von Hand im Bildschirm Admin, Packages von Gateway erledigt wird.</translation>
    </message>
    <message>
        <source>Through the API (templated calls)</source>
        <extracomment>cortex-upgrade: parameter republish_mode: choice api: label</extracomment>
        <translation>Über die API (Aufrufe aus Vorlagen)</translation>
    </message>
    <message>
        <source>Guided: by hand in Gateway, with sign-offs</source>
        <extracomment>cortex-upgrade: parameter republish_mode: choice guided: label</extracomment>
        <translation>Geführt: von Hand in Gateway, mit Abzeichnungen</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Run Upgrade Script&quot;: runs Upgrade-Gateway.ps1 from its folder, through PowerShell (the program of the form, as `-NoProfile -NonInteractive -ExecutionPolicy Bypass -File Upgrade-Gateway.ps1`: a .ps1 cannot be started directly). It checks the parameters file, backs the site up under BackupPath, installs 2024.9 and rewrites web.config. If it stops, its message says which parameter is wrong or what failed (for example a full disk); its log is Logs/Upgrade-Gateway.log beside the script.</source>
        <extracomment>cortex-upgrade: item run-script: help</extracomment>
        <translation>Herstellerdokument, &quot;Run Upgrade Script&quot;: führt Upgrade-Gateway.ps1 aus seinem Ordner über PowerShell aus (das Programm aus dem Formular, als `-NoProfile -NonInteractive -ExecutionPolicy Bypass -File Upgrade-Gateway.ps1`: Eine .ps1 lässt sich nicht direkt starten). Es prüft die Parameterdatei, sichert die Site unter BackupPath, installiert 2024.9 und schreibt web.config neu. Bricht es ab, sagt seine Meldung, welcher Parameter falsch ist oder was gescheitert ist (zum Beispiel eine volle Festplatte); sein Log ist Logs/Upgrade-Gateway.log neben dem Skript.</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Republish Packages&quot;, steps 1 to 4, through the API (republish_mode api). Cortex Gateway has no public package API: these calls are the project&apos;s profile of the Gateway&apos;s web API (list, unpublish, create a new version, save, publish), kept in this playbook so that an administrator can adapt them to the Gateway at hand. Instead of logging in as an Admin user and working through Admin, Packages and the &quot;Is Published&quot; filter of the Package Definitions grid, this task signs in with the Admin user of the form and asks for every published package (all pages of the list). For each one it unpublishes it, creates a new version, saves the new version&apos;s whole definition as Create New Version returned it (what Save keeps when nothing is edited; what the real Save sends is not public), and publishes it, four at a time. If unpublish or publish fails, the message says what the vendor says it means: a problem in the Gateway&apos;s web.config or Application Services that are not healthy. A rerun continues with the packages not yet done.</source>
        <extracomment>cortex-upgrade: item republish-packages: help</extracomment>
        <translation>Herstellerdokument, &quot;Republish Packages&quot;, Schritte 1 bis 4, über die API (republish_mode api). Cortex Gateway hat keine öffentliche Paket-API: Diese Aufrufe sind das Profil des Projekts für die Web-API des Gateways (auflisten, zurückziehen, neue Version anlegen, speichern, veröffentlichen), in diesem Playbook hinterlegt, damit ein Administrator sie an das vorliegende Gateway anpassen kann. Statt sich als Admin-Benutzer anzumelden und sich durch Admin, Packages und den Filter &quot;Is Published&quot; des Rasters Package Definitions zu arbeiten, meldet sich diese Aufgabe mit dem Admin-Benutzer aus dem Formular an und fragt nach jedem veröffentlichten Paket (alle Seiten der Liste). Jedes davon zieht sie zurück, legt eine neue Version an, speichert die gesamte Definition der neuen Version so, wie Create New Version sie zurückgegeben hat (was Save behält, wenn nichts bearbeitet wird; was das echte Save sendet, ist nicht öffentlich), und veröffentlicht das Paket, jeweils vier gleichzeitig. Scheitert das Zurückziehen oder Veröffentlichen, sagt die Meldung, was das laut Hersteller bedeutet: ein Problem in der web.config des Gateways oder Application Services, die nicht einwandfrei arbeiten. Ein erneuter Lauf macht mit den noch nicht erledigten Paketen weiter.</translation>
    </message>
    <message>
        <source>List the published packages (read only)</source>
        <extracomment>cortex-upgrade: item republish-list: title</extracomment>
        <translation>Die veröffentlichten Pakete auflisten (nur lesend)</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Republish Packages&quot;, steps 1 to 3, guided (republish_mode guided): asks the Gateway, with GET requests only, for its published packages and writes each one&apos;s name, id and version into the step&apos;s log, the list to work through by hand below. It changes nothing. Cortex Gateway has no public package API, so this listing uses the project&apos;s profile of it and may not work on your Gateway: then it fails as a warning, and the &quot;Is Published&quot; filter of the Package Definitions grid (Admin, Packages) is the list to work through.</source>
        <extracomment>cortex-upgrade: item republish-list: help</extracomment>
        <translation>Herstellerdokument, &quot;Republish Packages&quot;, Schritte 1 bis 3, geführt (republish_mode guided): fragt das Gateway nur mit GET-Anfragen nach seinen veröffentlichten Paketen und schreibt Name, ID und Version jedes Pakets in das Log des Schritts: die Liste, die unten von Hand abzuarbeiten ist. Es ändert nichts. Cortex Gateway hat keine öffentliche Paket-API, daher verwendet diese Auflistung das Profil des Projekts dafür und funktioniert auf Ihrem Gateway womöglich nicht: Dann scheitert sie als Warnung, und der Filter &quot;Is Published&quot; des Rasters Package Definitions (Admin, Packages) ist die abzuarbeitende Liste.</translation>
    </message>
    <message>
        <source>Logged in to Gateway with an Admin user, Admin, Packages, filter &quot;Is Published&quot;</source>
        <extracomment>cortex-upgrade: item republish-login: title</extracomment>
        <translation>Mit einem Admin-Benutzer in Gateway angemeldet, Admin, Packages, Filter &quot;Is Published&quot;</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Republish Packages&quot;, steps 1 to 3: log in to Gateway with a user that has the Admin role, click the Admin charm, then Packages, and in the Package Definitions grid choose the &quot;Is Published&quot; filter option of the &quot;Is Published&quot; column. The task above lists the same packages where it can. Sign off once the grid shows every published package.</source>
        <extracomment>cortex-upgrade: item republish-login: help</extracomment>
        <translation>Herstellerdokument, &quot;Republish Packages&quot;, Schritte 1 bis 3: Melden Sie sich in Gateway mit einem Benutzer an, der die Rolle Admin hat, klicken Sie auf das Charm Admin, dann auf Packages, und wählen Sie im Raster Package Definitions die Filteroption &quot;Is Published&quot; der Spalte &quot;Is Published&quot;. Die Aufgabe oben listet dieselben Pakete auf, wo sie es kann. Zeichnen Sie ab, sobald das Raster jedes veröffentlichte Paket zeigt.</translation>
    </message>
    <message>
        <source>the vendor&apos;s bullets of step 4 go in this order, for every published package</source>
        <extracomment>cortex-upgrade: item republish-login: order_reason; cortex-upgrade: item republish-unpublish: order_reason; cortex-upgrade: item republish-new-version: order_reason; cortex-upgrade: item republish-publish: order_reason</extracomment>
        <translation>die Punkte von Schritt 4 des Herstellers kommen in dieser Reihenfolge, für jedes veröffentlichte Paket</translation>
    </message>
    <message>
        <source>Each published package: selected and unpublished, with a success message</source>
        <extracomment>cortex-upgrade: item republish-unpublish: title</extracomment>
        <translation>Jedes veröffentlichte Paket: ausgewählt und zurückgezogen, mit Erfolgsmeldung</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Republish Packages&quot;, step 4, first and second bullets, for every published package version: select the package, click Unpublish at the bottom of the Definition tab and Unpublish in the confirmation. A success message should appear; if it does not, the configuration in Cortex Gateway&apos;s web.config is wrong or the Application Services are not healthy: fix that first. Sign off once every package was unpublished (working package by package through the next bullets is as good).</source>
        <extracomment>cortex-upgrade: item republish-unpublish: help</extracomment>
        <translation>Herstellerdokument, &quot;Republish Packages&quot;, Schritt 4, erster und zweiter Punkt, für jede veröffentlichte Paketversion: Wählen Sie das Paket aus, klicken Sie unten auf dem Reiter Definition auf Unpublish und in der Bestätigung auf Unpublish. Eine Erfolgsmeldung sollte erscheinen; erscheint sie nicht, ist die Konfiguration in der web.config von Cortex Gateway falsch oder die Application Services arbeiten nicht einwandfrei: Beheben Sie das zuerst. Zeichnen Sie ab, sobald jedes Paket zurückgezogen wurde (Paket für Paket durch die nächsten Punkte zu gehen ist ebenso gut).</translation>
    </message>
    <message>
        <source>Each package: Create New Version, Save, and the new version was created</source>
        <extracomment>cortex-upgrade: item republish-new-version: title</extracomment>
        <translation>Jedes Paket: Create New Version, Save, und die neue Version wurde angelegt</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Republish Packages&quot;, step 4, third bullet: click Create New Version, then Save, and wait for the new version to be created. Sign off once every unpublished package has its new version saved.</source>
        <extracomment>cortex-upgrade: item republish-new-version: help</extracomment>
        <translation>Herstellerdokument, &quot;Republish Packages&quot;, Schritt 4, dritter Punkt: Klicken Sie auf Create New Version, dann auf Save, und warten Sie, bis die neue Version angelegt ist. Zeichnen Sie ab, sobald für jedes zurückgezogene Paket die neue Version gespeichert ist.</translation>
    </message>
    <message>
        <source>Each package: published, with a success message</source>
        <extracomment>cortex-upgrade: item republish-publish: title</extracomment>
        <translation>Jedes Paket: veröffentlicht, mit Erfolgsmeldung</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Republish Packages&quot;, step 4, fourth bullet: click Publish. A success message should appear; if it does not, the configuration in Cortex Gateway&apos;s web.config is wrong or the Application Services are not healthy. Sign off once every package that was published at the start is published again, in its new version.</source>
        <extracomment>cortex-upgrade: item republish-publish: help</extracomment>
        <translation>Herstellerdokument, &quot;Republish Packages&quot;, Schritt 4, vierter Punkt: Klicken Sie auf Publish. Eine Erfolgsmeldung sollte erscheinen; erscheint sie nicht, ist die Konfiguration in der web.config von Cortex Gateway falsch oder die Application Services arbeiten nicht einwandfrei. Zeichnen Sie ab, sobald jedes Paket, das zu Beginn veröffentlicht war, wieder veröffentlicht ist, in seiner neuen Version.</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Republish Packages&quot;, step 4, last bullet: the grid of published packages sometimes comes up empty. If it does: set the &quot;Is Published&quot; filter of the Package Definitions grid to the blank option, then back to &quot;Is Published&quot;. Through the API the task does not depend on the grid (it asks for every page of the list), but look in Admin, Packages once it is done. Sign off once the grid shows the packages published.</source>
        <extracomment>cortex-upgrade: item republish-grid: help</extracomment>
        <translation>Herstellerdokument, &quot;Republish Packages&quot;, Schritt 4, letzter Punkt: Das Raster der veröffentlichten Pakete erscheint manchmal leer. Wenn das passiert: Stellen Sie den Filter &quot;Is Published&quot; des Rasters Package Definitions auf die leere Option und dann zurück auf &quot;Is Published&quot;. Über die API hängt die Aufgabe nicht vom Raster ab (sie fragt jede Seite der Liste ab), sehen Sie aber in Admin, Packages nach, sobald sie erledigt ist. Zeichnen Sie ab, sobald das Raster die Pakete als veröffentlicht zeigt.</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Delete Old Execution Services&quot;, steps 1 to 3: the vendor opens https://&lt;application server&gt;:9080/Explorer (or the httpGatewayEndpointPort chosen at installation) and expands Cluster, Applications, Cortex.Innovation.Execution, then Nodes for a stuck deletion. The task below uses the same cluster through its REST API on that port, with the client certificate of the form.</source>
        <extracomment>cortex-upgrade: item sf-explorer: help</extracomment>
        <translation>Herstellerdokument, &quot;Delete Old Execution Services&quot;, Schritte 1 bis 3: Der Hersteller öffnet https://&lt;Anwendungsserver&gt;:9080/Explorer (oder den bei der Installation gewählten httpGatewayEndpointPort) und klappt Cluster, Applications, Cortex.Innovation.Execution und bei einem hängenden Löschvorgang dann Nodes auf. Die Aufgabe unten verwendet denselben Cluster über seine REST-API auf diesem Port, mit dem Client-Zertifikat aus dem Formular.</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Delete Old Execution Services&quot;, step 4, the whole loop: lists the Cortex.Innovation.Execution applications, keeps the one with the newest engine version, and deletes every other one. After each Delete it asks for the application every 10 seconds until Service Fabric says it is gone (Get Application Info answers 204 No Content; 404 counts as gone too), for at most the wait of the form (&quot;Give this a few minutes&quot;). An application still there then is stuck: as the vendor says, the task lists the cluster&apos;s nodes and restarts the Code package of that application on every node (GetCodePackages, then Restart with the ServiceManifestName, the CodePackageName and CodePackageInstanceId &quot;0&quot;), then deletes it again and waits once more. When nothing is stuck, nothing is restarted. Run through each application server in turn; once the first has deleted them the others find nothing left to do.</source>
        <extracomment>cortex-upgrade: item sf-delete-app-servers: help</extracomment>
        <translation>Herstellerdokument, &quot;Delete Old Execution Services&quot;, Schritt 4, die ganze Schleife: listet die Anwendungen Cortex.Innovation.Execution auf, behält die mit der neuesten Engine-Version und löscht jede andere. Nach jedem Delete fragt die Aufgabe alle 10 Sekunden nach der Anwendung, bis Service Fabric meldet, dass sie verschwunden ist (Get Application Info antwortet 204 No Content; 404 gilt ebenfalls als verschwunden), höchstens so lange wie die Wartezeit aus dem Formular (&quot;Give this a few minutes&quot;). Eine Anwendung, die dann noch da ist, hängt: Wie der Hersteller es beschreibt, listet die Aufgabe die Knoten des Clusters auf und startet das Code-Paket dieser Anwendung auf jedem Knoten neu (GetCodePackages, dann Restart mit ServiceManifestName, CodePackageName und CodePackageInstanceId &quot;0&quot;), löscht sie dann erneut und wartet noch einmal. Hängt nichts, wird nichts neu gestartet. Führen Sie den Schritt der Reihe nach für jeden Anwendungsserver aus; sobald der erste sie gelöscht hat, bleibt für die anderen nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>Read the step&apos;s log: it names the application that is still there after the restarts. Look at it in Service Fabric Explorer, give it a few minutes more, then run this step again (it deletes again and restarts the code packages again if needed).</source>
        <extracomment>cortex-upgrade: item sf-delete-app-servers: remedy; cortex-upgrade: item sf-delete-flow-debugger: remedy</extracomment>
        <translation>Lesen Sie das Log des Schritts: Es nennt die Anwendung, die nach den Neustarts noch da ist. Sehen Sie sie sich in Service Fabric Explorer an, geben Sie ihr noch einige Minuten, und führen Sie diesen Schritt dann erneut aus (er löscht erneut und startet die Code-Pakete bei Bedarf noch einmal neu).</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Delete Old Execution Services&quot;, repeated for the Flow Debugger: the same loop as for the application servers (delete, wait for it to be gone, restart the code packages on every node if it is stuck, delete again), against the Service Fabric cluster of the web application server (its FQDN in step 2), with that cluster&apos;s own certificate pin.</source>
        <extracomment>cortex-upgrade: item sf-delete-flow-debugger: help</extracomment>
        <translation>Herstellerdokument, &quot;Delete Old Execution Services&quot;, wiederholt für den Flow Debugger: dieselbe Schleife wie für die Anwendungsserver (löschen, warten, bis sie verschwunden ist, bei Hängen die Code-Pakete auf jedem Knoten neu starten, erneut löschen), gegen den Service-Fabric-Cluster des Webanwendungsservers (sein FQDN in Schritt 2), mit dem eigenen fest hinterlegten Zertifikat dieses Clusters.</translation>
    </message>
    <message>
        <source>Every API Gateway instance with its group, its node and that node&apos;s old and new apigateway folders: each is stopped with the old installation&apos;s startinstance -k before apply.</source>
        <extracomment>training-tour: parameter instances: help</extracomment>
        <translation>Jede API-Gateway-Instanz mit ihrer Gruppe, ihrem Knoten und dem alten und neuen apigateway-Ordner dieses Knotens: Jede wird vor apply mit startinstance -k der alten Installation angehalten.</translation>
    </message>
    <message>
        <source>Before apply the old processes must be stopped on all nodes (Cassandra keeps running): each instance with the old installation&apos;s posix/bin/startinstance -g GROUP -n NAME -k.</source>
        <extracomment>training-tour: item stop-old-gateways: help</extracomment>
        <translation>Vor apply müssen die alten Prozesse auf allen Knoten angehalten werden (Cassandra läuft weiter): jede Instanz mit posix/bin/startinstance -g GROUP -n NAME -k der alten Installation.</translation>
    </message>
    <message>
        <source>Then the node&apos;s Node Manager, with the old installation&apos;s posix/bin/nodemanager -k.</source>
        <extracomment>training-tour: item stop-old: help</extracomment>
        <translation>Danach der Node Manager des Knotens, mit posix/bin/nodemanager -k der alten Installation.</translation>
    </message>
    <message>
        <source>The release to upgrade to, all three numbers: a 4.0 release such as 4.0.9 (from 3.3, 3.4 or 3.5), or a 3.5 release such as 3.5.12 (from 3.3 or 3.4, or a patch of 3.5). The vendor&apos;s table decides whether the path is supported; the steps follow it: an out-of-date configuration namespace is translated and adopted only where the Gateway writes gateway-config.xml.new.</source>
        <extracomment>kaazing-upgrade: parameter kaazing_target: help</extracomment>
        <translation>Das Release, auf das aktualisiert wird, mit allen drei Zahlen: ein 4.0-Release wie 4.0.9 (von 3.3, 3.4 oder 3.5) oder ein 3.5-Release wie 3.5.12 (von 3.3 oder 3.4 oder als Patch von 3.5). Die Tabelle des Herstellers entscheidet, ob der Pfad unterstützt wird; die Schritte folgen ihr: Ein veralteter Konfigurations-Namensraum wird nur dort übersetzt und übernommen, wo das Gateway gateway-config.xml.new schreibt.</translation>
    </message>
    <message>
        <source>The host name or address the new Gateway accepts connections on: written into the gateway.hostname property of the new gateway-config.xml, which the accept URIs use as ${gateway.hostname}.</source>
        <extracomment>kaazing-upgrade: parameter kaazing_host: help</extracomment>
        <translation>Der Hostname oder die Adresse, unter der das neue Gateway Verbindungen annimmt: Der Wert wird in die Eigenschaft gateway.hostname der neuen gateway-config.xml geschrieben, die die Accept-URIs als ${gateway.hostname} verwenden.</translation>
    </message>
    <message>
        <source>There is room for the new release beside the old one</source>
        <extracomment>kaazing-upgrade: item disk-room: title</extracomment>
        <translation>Neben dem alten Release ist Platz für das neue</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;: the new release goes beside the old one rather than over it, and the user-modified files are saved first. The document states no figure for the disk space. This playbook&apos;s own rule: where the new GATEWAY_HOME goes, at least twice the size of the current GATEWAY_HOME must be free (the new release is about as large as the old one, and logs and the translated configuration come on top), since a disk that fills up halfway leaves a half-unpacked Gateway.</source>
        <extracomment>kaazing-upgrade: item disk-room: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;: Das neue Release kommt neben das alte statt darüber, und die vom Benutzer geänderten Dateien werden zuerst gesichert. Das Dokument nennt keine Zahl für den Speicherplatz. Eigene Regel dieses Playbooks: Wo das neue GATEWAY_HOME hinkommt, muss mindestens das Doppelte der Größe des aktuellen GATEWAY_HOME frei sein (das neue Release ist etwa so groß wie das alte, und Logs und die übersetzte Konfiguration kommen hinzu), denn ein Datenträger, der auf halbem Weg voll wird, hinterlässt ein halb entpacktes Gateway.</translation>
    </message>
    <message>
        <source>The old Gateway is stopped</source>
        <extracomment>kaazing-upgrade: item stop-old: title</extracomment>
        <translation>Das alte Gateway ist angehalten</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;, note: two Gateways cannot run on the same host name and port, and the configuration migration (&quot;See Also&quot;) starts by stopping the Gateway. The document does not say how, and the distribution has no stop script (bin/gateway.start runs the Gateway in the foreground): stop it the way it runs on this site, through its service manager (the service the installer set up: systemctl stop, or the Windows service) or by ending its java process (kill PID on Linux, taskkill /PID PID on Windows). Sign off once it is stopped; the next check makes sure nothing listens on the Gateway&apos;s port any more.</source>
        <extracomment>kaazing-upgrade: item stop-old: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;, Anmerkung: Zwei Gateways können nicht auf demselben Hostnamen und Port laufen, und die Übernahme der Konfiguration (&quot;See Also&quot;) beginnt damit, das Gateway anzuhalten. Das Dokument sagt nicht, wie, und die Distribution hat kein Stopp-Skript (bin/gateway.start führt das Gateway im Vordergrund aus): Halten Sie es so an, wie es an diesem Standort läuft, über seine Dienstverwaltung (den Dienst, den das Installationsprogramm eingerichtet hat: systemctl stop oder der Windows-Dienst) oder indem Sie seinen java-Prozess beenden (kill PID unter Linux, taskkill /PID PID unter Windows). Zeichnen Sie ab, sobald es angehalten ist; die nächste Prüfung stellt sicher, dass auf dem Port des Gateways nichts mehr lauscht.</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;, note: you cannot run two Gateways on the same host name and port. With the old Gateway stopped, the new one&apos;s accept port must be free: this is the automated check that the old Gateway is stopped (the new Gateway takes over the old one&apos;s port unless you give it another; then make sure the old port is free too). If something still listens, stop it or give the new Gateway another port.</source>
        <extracomment>kaazing-upgrade: item port-free: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;, Anmerkung: Zwei Gateways können nicht auf demselben Hostnamen und Port laufen. Ist das alte Gateway angehalten, muss der Accept-Port des neuen frei sein: Das ist die automatische Prüfung, dass das alte Gateway angehalten ist (das neue Gateway übernimmt den Port des alten, sofern Sie ihm keinen anderen geben; stellen Sie dann sicher, dass auch der alte Port frei ist). Wenn noch etwas lauscht, halten Sie es an oder geben Sie dem neuen Gateway einen anderen Port.</translation>
    </message>
    <message>
        <source>Give the new Gateway its host name and port</source>
        <extracomment>kaazing-upgrade: item set-port: title; training-tour: item kaazing-port: title</extracomment>
        <translation>Dem neuen Gateway seinen Hostnamen und Port geben</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Upgrade Options&quot;, note: a Gateway is known by its host name and port, and two Gateways need different ones to run at the same time. Sets the gateway.hostname and gateway.base.port properties of the new gateway-config.xml (the properties the vendor&apos;s configuration uses in its accept URIs) to the Gateway host and port parameters; when they already agree nothing changes (a warning in the log, not an error).</source>
        <extracomment>kaazing-upgrade: item set-port: help</extracomment>
        <translation>Herstellerdokument, &quot;Upgrade Options&quot;, Anmerkung: Ein Gateway ist durch seinen Hostnamen und Port bestimmt, und zwei Gateways brauchen verschiedene, um gleichzeitig zu laufen. Setzt die Eigenschaften gateway.hostname und gateway.base.port der neuen gateway-config.xml (die Eigenschaften, die die Konfiguration des Herstellers in ihren Accept-URIs verwendet) auf die Parameter Gateway-Host und Gateway-Port; stimmen sie bereits überein, ändert sich nichts (eine Warnung im Log, kein Fehler).</translation>
    </message>
    <message>
        <source>Vendor document, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: started on a gateway-config.xml in an older namespace, the Gateway writes the translated configuration to gateway-config.xml.new. bin/gateway.start runs the Gateway in the foreground until it is stopped, so the wizard starts it in the background: it waits until the Gateway accepts connections on its host and port, and records its process id in kaazing-gateway.pid in the session folder (its console output goes to kaazing-gateway.out beside it), for the step that stops it.</source>
        <extracomment>kaazing-upgrade: item first-start: help</extracomment>
        <translation>Herstellerdokument, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: Mit einer gateway-config.xml in einem älteren Namensraum gestartet, schreibt das Gateway die übersetzte Konfiguration in gateway-config.xml.new. bin/gateway.start führt das Gateway im Vordergrund aus, bis es angehalten wird, daher startet der Assistent es im Hintergrund: Er wartet, bis das Gateway auf seinem Host und Port Verbindungen annimmt, und hält seine Prozess-ID in kaazing-gateway.pid im Sitzungsordner fest (seine Konsolenausgabe geht in kaazing-gateway.out daneben), für den Schritt, der es anhält.</translation>
    </message>
    <message>
        <source>Vendor document, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: the namespaces run from xmlns.kaazing.com/gateway-config/dragonfire to xmlns.kaazing.org/2016/06/gateway, the one 4.0 reads; every 3.x configuration is older, so an upgrade to 4.0 always gets a translated file. (Upgrades to 3.5 have no such check: whether the Gateway translates depends on the release in use, and the next steps adopt a translated file only where there is one.)</source>
        <extracomment>kaazing-upgrade: item translated: help</extracomment>
        <translation>Herstellerdokument, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: Die Namensräume reichen von xmlns.kaazing.com/gateway-config/dragonfire bis xmlns.kaazing.org/2016/06/gateway, dem, den 4.0 liest; jede 3.x-Konfiguration ist älter, daher erhält ein Upgrade auf 4.0 immer eine übersetzte Datei. (Upgrades auf 3.5 haben keine solche Prüfung: Ob das Gateway übersetzt, hängt vom verwendeten Release ab, und die nächsten Schritte übernehmen eine übersetzte Datei nur dort, wo es eine gibt.)</translation>
    </message>
    <message>
        <source>Vendor document, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: stop the Gateway before its configuration is replaced. The distribution has no stop script: the wizard stops the process it started by the id recorded in kaazing-gateway.pid (asked to stop first, killed if it is still there after 30 s), and succeeds if it has already gone.</source>
        <extracomment>kaazing-upgrade: item stop-new: help</extracomment>
        <translation>Herstellerdokument, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: Halten Sie das Gateway an, bevor seine Konfiguration ersetzt wird. Die Distribution hat kein Stopp-Skript: Der Assistent hält den Prozess, den er gestartet hat, über die in kaazing-gateway.pid festgehaltene ID an (zuerst wird er zum Beenden aufgefordert, und ist er nach 30 s noch da, wird er beendet), und der Schritt gelingt, wenn der Prozess bereits weg ist.</translation>
    </message>
    <message>
        <source>Vendor document, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: the translated file becomes the configuration. The file it replaces is kept in the step&apos;s backup folder of the session. Where the Gateway wrote no gateway-config.xml.new (a 3.5.x to 3.5.y patch: the namespace is already current), there is nothing to adopt and the step says so.</source>
        <extracomment>kaazing-upgrade: item adopt-config: help</extracomment>
        <translation>Herstellerdokument, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: Die übersetzte Datei wird zur Konfiguration. Die Datei, die sie ersetzt, wird im Sicherungsordner des Schritts in der Sitzung aufbewahrt. Wo das Gateway keine gateway-config.xml.new geschrieben hat (ein Patch von 3.5.x auf 3.5.y: Der Namensraum ist bereits aktuell), gibt es nichts zu übernehmen, und der Schritt sagt das.</translation>
    </message>
    <message>
        <source>Vendor document, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot; and &quot;Upgrade the Gateway&quot;: start the Gateway again, now on the translated configuration. As the first start, in the background: the wizard waits until it accepts connections and records its process id in kaazing-gateway.pid; the Gateway then stays running (stop it by that id, or hand it to the service manager).</source>
        <extracomment>kaazing-upgrade: item second-start: help</extracomment>
        <translation>Herstellerdokument, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot; und &quot;Upgrade the Gateway&quot;: Starten Sie das Gateway erneut, jetzt mit der übersetzten Konfiguration. Wie beim ersten Start im Hintergrund: Der Assistent wartet, bis es Verbindungen annimmt, und hält seine Prozess-ID in kaazing-gateway.pid fest; das Gateway läuft danach weiter (halten Sie es über diese ID an, oder übergeben Sie es der Dienstverwaltung).</translation>
    </message>
    <message>
        <source>gateway-config.xml is in the namespace 3.5 reads</source>
        <extracomment>kaazing-upgrade: item namespace-35: title</extracomment>
        <translation>gateway-config.xml ist in dem Namensraum, den 3.5 liest</translation>
    </message>
    <message>
        <source>Vendor document, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: the namespaces run in order from dragonfire to xmlns.kaazing.org/2016/06/gateway. The document does not say which one 3.5 reads; this playbook takes the last one before the kaazing.org namespaces of 4.0, xmlns.kaazing.com/2012/09/gateway: an older one here means the translated file was not adopted.</source>
        <extracomment>kaazing-upgrade: item namespace-35: help</extracomment>
        <translation>Herstellerdokument, &quot;See Also&quot;, &quot;Migrate the Gateway Configuration&quot;: Die Namensräume reichen der Reihe nach von dragonfire bis xmlns.kaazing.org/2016/06/gateway. Das Dokument sagt nicht, welchen 3.5 liest; dieses Playbook nimmt den letzten vor den kaazing.org-Namensräumen von 4.0, xmlns.kaazing.com/2012/09/gateway: Ein älterer hier bedeutet, dass die übersetzte Datei nicht übernommen wurde.</translation>
    </message>
    <message>
        <source>KAAZING Gateway host</source>
        <extracomment>training-tour: parameter kaazing_host: label</extracomment>
        <translation>Host von KAAZING Gateway</translation>
    </message>
    <message>
        <source>KAAZING Gateway port</source>
        <extracomment>training-tour: parameter kaazing_port: label</extracomment>
        <translation>Port von KAAZING Gateway</translation>
    </message>
    <message>
        <source>Two Gateways cannot share a host name and port: gateway.hostname and gateway.base.port of the new gateway-config.xml get the values chosen for it.</source>
        <extracomment>training-tour: item kaazing-port: help</extracomment>
        <translation>Zwei Gateways können sich Hostnamen und Port nicht teilen: gateway.hostname und gateway.base.port der neuen gateway-config.xml erhalten die dafür gewählten Werte.</translation>
    </message>
    <message>
        <source>An out-of-date namespace is translated into gateway-config.xml.new. gateway.start runs the Gateway in the foreground, so the wizard starts it in the background, waits until it accepts connections, and records its process id.</source>
        <extracomment>training-tour: item kaazing-start: help</extracomment>
        <translation>Ein veralteter Namensraum wird in gateway-config.xml.new übersetzt. gateway.start führt das Gateway im Vordergrund aus, daher startet der Assistent es im Hintergrund, wartet, bis es Verbindungen annimmt, und hält seine Prozess-ID fest.</translation>
    </message>
    <message>
        <source>Stop the new Gateway again</source>
        <extracomment>training-tour: item kaazing-stop: title</extracomment>
        <translation>Das neue Gateway wieder anhalten</translation>
    </message>
    <message>
        <source>The distribution has no stop script: the Gateway the tour started is stopped by the process id its start recorded, so the class leaves none running.</source>
        <extracomment>training-tour: item kaazing-stop: help</extracomment>
        <translation>Die Distribution hat kein Stopp-Skript: Das Gateway, das die Tour gestartet hat, wird über die Prozess-ID angehalten, die sein Start festgehalten hat, sodass die Schulung keines laufen lässt.</translation>
    </message>
    <message>
        <source>Published packages (guided republishing)</source>
        <extracomment>cortex-upgrade: parameter published_packages: label</extracomment>
        <translation>Veröffentlichte Pakete (geführtes Neuveröffentlichen)</translation>
    </message>
    <message>
        <source>Only for guided republishing: every published package, named as the Package Definitions grid shows it with the &quot;Is Published&quot; filter, with its published version, and the Gateway&apos;s host name. The read-only listing writes the packages it finds into its log, to copy here; where it cannot list them, take them from the grid. Each gets its own sign-off.</source>
        <extracomment>cortex-upgrade: parameter published_packages: help</extracomment>
        <translation>Nur für das geführte Neuveröffentlichen: jedes veröffentlichte Paket, benannt wie das Raster Package Definitions es mit dem Filter &quot;Is Published&quot; zeigt, mit seiner veröffentlichten Version und dem Hostnamen des Gateways. Die schreibgeschützte Auflistung schreibt die gefundenen Pakete in ihr Log, von dort zum Übernehmen; wo sie sie nicht auflisten kann, nehmen Sie sie aus dem Raster. Jedes Paket wird einzeln abgezeichnet.</translation>
    </message>
    <message>
        <source>Package</source>
        <extracomment>cortex-upgrade: parameter published_packages: role package: label</extracomment>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Published version</source>
        <extracomment>cortex-upgrade: parameter published_packages: attribute version: label</extracomment>
        <translation>Veröffentlichte Version</translation>
    </message>
    <message>
        <source>Republished by hand: unpublished, new version created and saved, published</source>
        <extracomment>cortex-upgrade: item republish-package: title</extracomment>
        <translation>Von Hand neu veröffentlicht: zurückgezogen, neue Version angelegt und gespeichert, veröffentlicht</translation>
    </message>
    <message>
        <source>Vendor document, &quot;Republish Packages&quot;, step 4, for this published package version: select it in the Package Definitions grid, click Unpublish at the bottom of the Definition tab and confirm (a success message should appear), click Create New Version, then Save, and wait for the new version to be created, then click Publish (a success message should appear). No success message means that the configuration in Cortex Gateway&apos;s web.config is wrong or the Application Services are not healthy: fix that first. Sign off once this package is published again in its new version.</source>
        <extracomment>cortex-upgrade: item republish-package: help</extracomment>
        <translation>Herstellerdokument, &quot;Republish Packages&quot;, Schritt 4, für diese veröffentlichte Paketversion: Wählen Sie sie im Raster Package Definitions aus, klicken Sie unten auf der Registerkarte Definition auf Unpublish und bestätigen Sie (eine Erfolgsmeldung sollte erscheinen), klicken Sie auf Create New Version, dann auf Save, und warten Sie, bis die neue Version angelegt ist; klicken Sie dann auf Publish (eine Erfolgsmeldung sollte erscheinen). Keine Erfolgsmeldung bedeutet, dass die Konfiguration in der web.config von Cortex Gateway falsch ist oder die Application Services nicht fehlerfrei laufen: Beheben Sie das zuerst. Zeichnen Sie ab, sobald dieses Paket in seiner neuen Version wieder veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Fix Cortex Gateway&apos;s web.config or the Application Services, then republish the package again and sign off.</source>
        <extracomment>cortex-upgrade: item republish-package: remedy</extracomment>
        <translation>Beheben Sie das Problem in der web.config von Cortex Gateway oder in den Application Services, veröffentlichen Sie das Paket dann erneut und zeichnen Sie ab.</translation>
    </message>
    <message>
        <source>the packages are worked through in the grid that step 3 filtered</source>
        <extracomment>cortex-upgrade: item republish-package: order_reason</extracomment>
        <translation>die Pakete werden in dem Raster abgearbeitet, das Schritt 3 gefiltert hat</translation>
    </message>
</context>
<context>
    <name>uw::Outcome</name>
    <message>
        <source>%1 is a broken symbolic link (to %2)</source>
        <translation>%1 ist ein defekter symbolischer Link (auf %2)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 exists but is a %2, not a %3</source>
        <translation>%1 existiert, ist aber vom Typ %2 statt %3</translation>
    </message>
    <message>
        <source>%1 exists (%2)</source>
        <translation>%1 existiert (%2)</translation>
    </message>
    <message>
        <source>%1 does not exist, as required</source>
        <translation>%1 existiert nicht, wie gefordert</translation>
    </message>
    <message>
        <source>%1 exists (%2) but must not; move or remove it</source>
        <translation>%1 existiert (%2), darf aber nicht existieren; verschieben oder entfernen Sie es</translation>
    </message>
    <message>
        <source>Cannot read %1: it does not exist</source>
        <translation>%1 kann nicht gelesen werden: Es existiert nicht</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a directory</source>
        <translation>%1 kann nicht gelesen werden: Es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 line %2 matches %3</source>
        <translation>%1, Zeile %2 passt auf %3</translation>
    </message>
    <message>
        <source>%1 line %2 matches %3 but must not</source>
        <translation>%1, Zeile %2 passt auf %3, darf es aber nicht</translation>
    </message>
    <message>
        <source>No line of %1 matches %2</source>
        <translation>Keine Zeile von %1 passt auf %2</translation>
    </message>
    <message>
        <source>No line of %1 matches %2, as required</source>
        <translation>Keine Zeile von %1 passt auf %2, wie gefordert</translation>
    </message>
    <message>
        <source>Cannot find the file system of %1</source>
        <translation>Das Dateisystem von %1 kann nicht ermittelt werden</translation>
    </message>
    <message>
        <source>Cannot measure %1: it is not a directory or does not exist</source>
        <translation>%1 kann nicht gemessen werden: Es ist kein Verzeichnis oder existiert nicht</translation>
    </message>
    <message>
        <source>Measuring %1 took longer than %2 ms (%3 files so far); raise timeout_ms</source>
        <translation>Das Messen von %1 dauerte länger als %2 ms (bisher %3 Dateien); erhöhen Sie timeout_ms</translation>
    </message>
    <message>
        <source>Only %1 free on %2; %3 needed (%4): free up %5</source>
        <translation>Nur %1 frei auf %2; %3 benötigt (%4): Geben Sie %5 frei</translation>
    </message>
    <message>
        <source>%1 free on %2; %3 needed</source>
        <translation>%1 frei auf %2; %3 benötigt</translation>
    </message>
    <message>
        <source>%1 does not exist, so nothing in it can conflict with %2</source>
        <translation>%1 existiert nicht, also kann nichts darin mit %2 kollidieren</translation>
    </message>
    <message>
        <source>Cannot list %1: not a readable directory</source>
        <translation>%1 kann nicht aufgelistet werden: kein lesbares Verzeichnis</translation>
    </message>
    <message>
        <source>Cannot compare with %1: it does not exist or is not a readable directory</source>
        <translation>Vergleich mit %1 nicht möglich: Es existiert nicht oder ist kein lesbares Verzeichnis</translation>
    </message>
    <message>
        <source>No file matching %1 in %2 is also in %3 (%4 compared)</source>
        <translation>Keine auf %1 passende Datei in %2 ist auch in %3 (%4 verglichen)</translation>
    </message>
    <message>
        <source>Cannot tell what changed since %1: it does not exist</source>
        <translation>Es lässt sich nicht feststellen, was sich seit %1 geändert hat: Es existiert nicht</translation>
    </message>
    <message>
        <source>Cannot look at %1: it does not exist</source>
        <translation>%1 kann nicht untersucht werden: Es existiert nicht</translation>
    </message>
    <message>
        <source>Walking %1 took longer than %2 ms</source>
        <translation>Das Durchlaufen von %1 dauerte länger als %2 ms</translation>
    </message>
    <message>
        <source>Nothing in %1 changed after %2 (%3 looked at)</source>
        <translation>Nichts in %1 wurde nach %2 geändert (%3 geprüft)</translation>
    </message>
    <message>
        <source>%1 in %2 changed after %3 (%4), the newest %5 at %6</source>
        <translation>In %2 nach %3 (%4) geändert: %1, zuletzt %5 um %6</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, as required</source>
        <translation>%1 ist &quot;%2&quot;, wie gefordert</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; but must be &quot;%3&quot;</source>
        <translation>%1 ist &quot;%2&quot;, muss aber &quot;%3&quot; sein</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms; is the service running, and does a firewall let the connection through?</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms; läuft der Dienst, und lässt eine Firewall die Verbindung durch?</translation>
    </message>
    <message>
        <source>Cannot tell whether %1 is free: no answer within %2 ms (a firewall may drop the connection)</source>
        <translation>Es lässt sich nicht feststellen, ob %1 frei ist: keine Antwort innerhalb von %2 ms (eine Firewall verwirft die Verbindung möglicherweise)</translation>
    </message>
    <message>
        <source>%1 accepts connections</source>
        <translation>%1 nimmt Verbindungen an</translation>
    </message>
    <message>
        <source>Something listens on %1; stop it or choose another port</source>
        <translation>Etwas lauscht auf %1; beenden Sie es oder wählen Sie einen anderen Port</translation>
    </message>
    <message>
        <source>Cannot resolve host %1: %2</source>
        <translation>Host %1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Cannot tell whether %1 is free: %2</source>
        <translation>Es lässt sich nicht feststellen, ob %1 frei ist: %2</translation>
    </message>
    <message>
        <source>%1 is in use on this machine; stop what uses it or choose another port</source>
        <translation>%1 ist auf diesem Computer belegt; beenden Sie, was ihn belegt, oder wählen Sie einen anderen Port</translation>
    </message>
    <message>
        <source>%1 is free</source>
        <translation>%1 ist frei</translation>
    </message>
    <message>
        <source>The answer from %1 does not match %2</source>
        <translation>Die Antwort von %1 passt nicht auf %2</translation>
    </message>
    <message>
        <source>%1 answered %2 as expected</source>
        <translation>%1 antwortete wie erwartet mit %2</translation>
    </message>
    <message>
        <source>The answer from %1 is not JSON (%2 at offset %3), so %4 cannot be read</source>
        <translation>Die Antwort von %1 ist kein JSON (%2 an Offset %3), daher kann %4 nicht gelesen werden</translation>
    </message>
    <message>
        <source>The answer from %1 has no %2</source>
        <translation>Die Antwort von %1 enthält kein %2</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation>%1 ist %2, erwartet: %3</translation>
    </message>
    <message>
        <source>%1 is %2, which does not match %3</source>
        <translation>%1 ist %2, was nicht auf %3 passt</translation>
    </message>
    <message>
        <source>%1 answered %2; %3</source>
        <translation>%1 antwortete mit %2; %3</translation>
    </message>
    <message>
        <source>Refused to send the %1 credentials over plain http:// to %2: anyone on the network could read them. Use https://, or add &quot;allow_plain_http_auth&quot;: true to the check if this network is trusted</source>
        <translation>Senden der Zugangsdaten (%1) über unverschlüsseltes http:// an %2 verweigert: Jeder im Netz könnte sie mitlesen. Verwenden Sie https://, oder fügen Sie der Prüfung &quot;allow_plain_http_auth&quot;: true hinzu, wenn dieses Netz vertrauenswürdig ist</translation>
    </message>
    <message>
        <source>This build of the program has no TLS support</source>
        <translation>Dieser Build des Programms hat keine TLS-Unterstützung</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the pinned one; if it was renewed, check it and pin its new fingerprint</source>
        <translation>Das Zertifikat von %1 ist nicht das fest hinterlegte; wenn es erneuert wurde, prüfen Sie es und hinterlegen Sie seinen neuen Fingerabdruck</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than 16 MiB</source>
        <translation>Die Antwort von %1 ist größer als 16 MiB</translation>
    </message>
    <message>
        <source>Cannot resolve host %1</source>
        <translation>Host %1 kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>TLS verification of %1 failed: %2; fix the certificate or pin it with tls.pin_sha256</source>
        <translation>TLS-Prüfung von %1 fehlgeschlagen: %2; korrigieren Sie das Zertifikat oder hinterlegen Sie es fest mit tls.pin_sha256</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Keine Antwort von %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 answered %3 %4, expected %5</source>
        <translation>%1 %2 antwortete %3 %4, erwartet: %5</translation>
    </message>
    <message>
        <source>Cannot list processes: /proc is not readable</source>
        <translation>Prozesse können nicht aufgelistet werden: /proc ist nicht lesbar</translation>
    </message>
    <message>
        <source>Cannot list processes (toolhelp snapshot failed)</source>
        <translation>Prozesse können nicht aufgelistet werden (Toolhelp-Snapshot fehlgeschlagen)</translation>
    </message>
    <message>
        <source>The process check is not supported on this platform</source>
        <translation>Die Prozessprüfung wird auf dieser Plattform nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 is running (pid %2)</source>
        <translation>%1 läuft (PID %2)</translation>
    </message>
    <message>
        <source>%1 is not running; start it</source>
        <translation>%1 läuft nicht; starten Sie es</translation>
    </message>
    <message>
        <source>%1 is still running (pid %2); stop it before going on</source>
        <translation>%1 läuft noch (PID %2); beenden Sie es, bevor Sie fortfahren</translation>
    </message>
    <message>
        <source>%1 is not running, as required</source>
        <translation>%1 läuft nicht, wie gefordert</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB, more than checks read</source>
        <translation>%1 ist größer als 64 MiB, mehr als Prüfungen lesen</translation>
    </message>
    <message>
        <source>Cancelled before the check finished</source>
        <translation>Abgebrochen, bevor die Prüfung fertig war</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms; it was stopped</source>
        <translation>%1 wurde nicht innerhalb von %2 ms fertig; es wurde beendet</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No version found in %1: no line matches %2</source>
        <translation>Keine Version in %1 gefunden: Keine Zeile passt auf %2</translation>
    </message>
    <message>
        <source>%1 (line %2 of %3) is not a version</source>
        <translation>%1 (Zeile %2 von %3) ist keine Version</translation>
    </message>
    <message>
        <source>No JAR matches %1</source>
        <translation>Kein JAR passt auf %1</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>Cannot open %1 as a JAR: %2</source>
        <translation>%1 kann nicht als JAR geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no META-INF/MANIFEST.MF</source>
        <translation>%1 hat kein META-INF/MANIFEST.MF</translation>
    </message>
    <message>
        <source>The manifest of %1 is %2, too large to be one</source>
        <translation>Das Manifest von %1 ist %2 groß, zu groß für ein Manifest</translation>
    </message>
    <message>
        <source>The manifest of %1 has no %2 attribute</source>
        <translation>Das Manifest von %1 hat kein Attribut %2</translation>
    </message>
    <message>
        <source>No version found in %1: %2 does not match %3</source>
        <translation>Keine Version in %1 gefunden: %2 passt nicht auf %3</translation>
    </message>
    <message>
        <source>%1 (in %2) is not a version</source>
        <translation>%1 (in %2) ist keine Version</translation>
    </message>
    <message>
        <source>No version found in any source: %1</source>
        <translation>In keiner Quelle eine Version gefunden: %1</translation>
    </message>
    <message>
        <source>Version %1 found in %2 is not in the required range %3</source>
        <translation>Die in %2 gefundene Version %1 liegt nicht im geforderten Bereich %3</translation>
    </message>
    <message>
        <source>Version %1%2 is in the required range %3</source>
        <translation>Version %1%2 liegt im geforderten Bereich %3</translation>
    </message>
    <message>
        <source>Cannot determine %1: %2</source>
        <translation>%1 kann nicht ermittelt werden: %2</translation>
    </message>
    <message>
        <source>%1 (detected: %2)</source>
        <translation>%1 (erkannt: %2)</translation>
    </message>
    <message>
        <source>No row of the decision table matches %1</source>
        <translation>Keine Zeile der Entscheidungstabelle passt auf %1</translation>
    </message>
    <message>
        <source>Invalid check: %1</source>
        <translation>Ungültige Prüfung: %1</translation>
    </message>
    <message>
        <source>source %1 does not exist; check the path of the directory to back up</source>
        <translation>Quelle %1 existiert nicht; prüfen Sie den Pfad des zu sichernden Verzeichnisses</translation>
    </message>
    <message>
        <source>source %1 is not a directory; archive-backup archives a whole directory</source>
        <translation>Quelle %1 ist kein Verzeichnis; archive-backup archiviert ein ganzes Verzeichnis</translation>
    </message>
    <message>
        <source>archive %1 already exists, and a backup never overwrites one; move it away (or delete it if it is no longer needed), or choose another archive name</source>
        <translation>Archiv %1 existiert bereits, und eine Sicherung überschreibt nie ein Archiv; verschieben Sie es (oder löschen Sie es, wenn es nicht mehr gebraucht wird), oder wählen Sie einen anderen Archivnamen</translation>
    </message>
    <message>
        <source>archive %1 would be inside the source %2 and back itself up; write it to another directory</source>
        <translation>Archiv %1 läge in der Quelle %2 und würde sich selbst sichern; schreiben Sie es in ein anderes Verzeichnis</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1 %2 in %3 cannot be archived, so no archive was written: %4. Make them readable regular files (a socket or FIFO belongs to a running program: stop it), or add them to &quot;exclude&quot;, then run the step again</source>
        <translation>%1 %2 in %3 nicht archivierbar, daher wurde kein Archiv geschrieben: %4. Machen Sie sie zu lesbaren regulären Dateien (ein Socket oder FIFO gehört zu einem laufenden Programm: Beenden Sie es), oder nehmen Sie sie in &quot;exclude&quot; auf, und führen Sie den Schritt dann erneut aus</translation>
    </message>
    <message>
        <source>could not create the folder %1 for the archive; check its parent&apos;s permissions</source>
        <translation>der Ordner %1 für das Archiv konnte nicht angelegt werden; prüfen Sie die Rechte des übergeordneten Ordners</translation>
    </message>
    <message>
        <source>could not create a file in %1 (%2); check that the directory is writable</source>
        <translation>in %1 konnte keine Datei angelegt werden (%2); prüfen Sie, ob das Verzeichnis beschreibbar ist</translation>
    </message>
    <message>
        <source>the partial archive was removed</source>
        <translation>das unvollständige Archiv wurde entfernt</translation>
    </message>
    <message>
        <source>could not start writing %1: %2</source>
        <translation>das Schreiben von %1 konnte nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>could not write %1 into the archive (%2); check the free space in %3</source>
        <translation>%1 konnte nicht ins Archiv geschrieben werden (%2); prüfen Sie den freien Speicherplatz in %3</translation>
    </message>
    <message>
        <source>could not finish the archive (%1); check the free space in %2</source>
        <translation>das Archiv konnte nicht abgeschlossen werden (%1); prüfen Sie den freien Speicherplatz in %2</translation>
    </message>
    <message>
        <source>%1 %2 could not be archived, so the partial archive was removed: %3. Make them readable and stable (stop what writes them), or add them to &quot;exclude&quot;</source>
        <translation>%1 %2 nicht archivierbar, daher wurde das unvollständige Archiv entfernt: %3. Machen Sie sie lesbar und stabil (beenden Sie, was in sie schreibt), oder nehmen Sie sie in &quot;exclude&quot; auf</translation>
    </message>
    <message>
        <source>could not flush %1 to the disk; check the disk and run the step again</source>
        <translation>%1 konnte nicht vollständig auf den Datenträger geschrieben werden; prüfen Sie den Datenträger und führen Sie den Schritt erneut aus</translation>
    </message>
    <message>
        <source>the archive did not match what was written when read back (%1), so it was removed; check the disk and run the step again</source>
        <translation>das Archiv stimmte beim Zurücklesen nicht mit dem Geschriebenen überein (%1) und wurde daher entfernt; prüfen Sie den Datenträger und führen Sie den Schritt erneut aus</translation>
    </message>
    <message>
        <source>could not read the archive back to compute its SHA-256 (%1)</source>
        <translation>das Archiv konnte nicht zurückgelesen werden, um seine SHA-256-Prüfsumme zu berechnen (%1)</translation>
    </message>
    <message>
        <source>could not rename %1 to %2 (%3); if %2 exists now, something else created it: move it away and run the step again</source>
        <translation>%1 konnte nicht in %2 umbenannt werden (%3); wenn %2 jetzt existiert, hat etwas anderes es angelegt: Verschieben Sie es und führen Sie den Schritt erneut aus</translation>
    </message>
    <message>
        <source>backed up %1 to %2 (%3, %4, %5, %6 of data) and verified it; sha256 %7</source>
        <translation>%1 nach %2 gesichert (%3, %4, %5, %6 Daten) und geprüft; sha256 %7</translation>
    </message>
    <message>
        <source>archive %1 does not exist; check the path of the release archive</source>
        <translation>Archiv %1 existiert nicht; prüfen Sie den Pfad des Release-Archivs</translation>
    </message>
    <message>
        <source>archive %1 is not a file; give the path of the release archive itself</source>
        <translation>Archiv %1 ist keine Datei; geben Sie den Pfad des Release-Archivs selbst an</translation>
    </message>
    <message>
        <source>archive %1 %2</source>
        <translation>Archiv %1 %2</translation>
    </message>
    <message>
        <source>destination %1 exists and is not a directory; extract into a new or empty directory</source>
        <translation>Ziel %1 existiert und ist kein Verzeichnis; entpacken Sie in ein neues oder leeres Verzeichnis</translation>
    </message>
    <message>
        <source>destination %1 is not empty (it holds %2); extract into a new or empty directory, or move its contents away first</source>
        <translation>Ziel %1 ist nicht leer (es enthält %2); entpacken Sie in ein neues oder leeres Verzeichnis, oder verschieben Sie zuerst seinen Inhalt</translation>
    </message>
    <message>
        <source>refused to extract %1, nothing was written: %2. Use the release archive as published; if it is, report it to its vendor</source>
        <translation>Entpacken von %1 verweigert, es wurde nichts geschrieben: %2. Verwenden Sie das Release-Archiv so, wie es veröffentlicht wurde; ist es das, melden Sie es seinem Hersteller</translation>
    </message>
    <message>
        <source>archive %1 cannot be read (%2)</source>
        <translation>Archiv %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>archive %1: %2</source>
        <translation>Archiv %1: %2</translation>
    </message>
    <message>
        <source>archive %1 cannot be read, nothing was written: %2; check that it was downloaded completely, or download it again</source>
        <translation>Archiv %1 kann nicht gelesen werden, es wurde nichts geschrieben: %2; prüfen Sie, ob es vollständig heruntergeladen wurde, oder laden Sie es erneut herunter</translation>
    </message>
    <message>
        <source>not enough free space to extract %1: it needs %2 in %3, but only %4 is free on %5; free some space or choose another destination</source>
        <translation>nicht genug freier Speicherplatz, um %1 zu entpacken: Es braucht %2 in %3, aber auf %5 sind nur %4 frei; schaffen Sie Platz oder wählen Sie ein anderes Ziel</translation>
    </message>
    <message>
        <source>could not create the destination %1; check the permissions of its parent</source>
        <translation>das Ziel %1 konnte nicht angelegt werden; prüfen Sie die Rechte des übergeordneten Ordners</translation>
    </message>
    <message>
        <source>the partial extraction in %1 was removed</source>
        <translation>das unvollständig Entpackte in %1 wurde entfernt</translation>
    </message>
    <message>
        <source>%1; the partial extraction in %2 was removed</source>
        <translation>%1; das unvollständig Entpackte in %2 wurde entfernt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed in the zip directory but cannot be found in the archive; it is damaged</source>
        <translation>&quot;%1&quot; steht im ZIP-Inhaltsverzeichnis, ist aber im Archiv nicht zu finden; das Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read from the archive</source>
        <translation>&quot;%1&quot; kann nicht aus dem Archiv gelesen werden</translation>
    </message>
    <message>
        <source>archive %1 cannot be decompressed</source>
        <translation>Archiv %1 kann nicht dekomprimiert werden</translation>
    </message>
    <message>
        <source>archive %1 cannot be read: %2</source>
        <translation>Archiv %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>archive %1 changed while it was being extracted</source>
        <translation>Archiv %1 hat sich während des Entpackens geändert</translation>
    </message>
    <message>
        <source>extracted %1 into %2 (%3, %4, %5, %6)</source>
        <translation>%1 nach %2 entpackt (%3, %4, %5, %6)</translation>
    </message>
    <message>
        <source>did not finish within %1 s and was stopped</source>
        <translation>wurde nicht innerhalb von %1 s fertig und wurde beendet</translation>
    </message>
    <message>
        <source>did not finish within %1 s and was stopped; %2</source>
        <translation>wurde nicht innerhalb von %1 s fertig und wurde beendet; %2</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cancelled; %1 was stopped</source>
        <translation>abgebrochen; %1 wurde beendet</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig und wurde beendet</translation>
    </message>
    <message>
        <source>could not run %1 on %2 over SSH: %3</source>
        <translation>%1 konnte nicht über SSH auf %2 ausgeführt werden: %3</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 exited with code %2: %3</source>
        <translation>%1 endete mit Exit-Code %2: %3</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 endete mit Exit-Code %2</translation>
    </message>
    <message>
        <source>%1 reported an error: %2</source>
        <translation>%1 meldete einen Fehler: %2</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>could not start %1: working directory %2 does not exist</source>
        <translation>%1 konnte nicht gestartet werden: Arbeitsverzeichnis %2 existiert nicht</translation>
    </message>
    <message>
        <source>cancelled while waiting for %1 to be ready; it was stopped</source>
        <translation>abgebrochen, während auf die Bereitschaft von %1 gewartet wurde; es wurde beendet</translation>
    </message>
    <message>
        <source>could not start %1: the pid file %2 names process %3, which still runs; stop it first (a stop-process task, or by hand)</source>
        <translation>%1 konnte nicht gestartet werden: Die PID-Datei %2 nennt Prozess %3, der noch läuft; beenden Sie ihn zuerst (mit einer stop-process-Aufgabe oder von Hand)</translation>
    </message>
    <message>
        <source>could not start %1: cannot create the folder of %2</source>
        <translation>%1 konnte nicht gestartet werden: Der Ordner von %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 was stopped again: its pid file %2 cannot be written (%3), and without it nothing could stop it later</source>
        <translation>%1 wurde wieder beendet: Seine PID-Datei %2 kann nicht geschrieben werden (%3), und ohne sie könnte es später nichts mehr beenden</translation>
    </message>
    <message>
        <source>%1 runs in the background as process %2 and is ready: %3 (pid file %4)</source>
        <translation>%1 läuft im Hintergrund als Prozess %2 und ist bereit: %3 (PID-Datei %4)</translation>
    </message>
    <message>
        <source>%1 ended with exit code %2 before it was ready; its last output: %3</source>
        <translation>%1 endete mit Exit-Code %2, bevor es bereit war; seine letzte Ausgabe: %3</translation>
    </message>
    <message>
        <source>%1 ended before it was ready; its last output: %2</source>
        <translation>%1 endete, bevor es bereit war; seine letzte Ausgabe: %2</translation>
    </message>
    <message>
        <source>%1 was not ready within %2 s and was stopped; its last output: %3</source>
        <translation>%1 war nicht innerhalb von %2 s bereit und wurde beendet; seine letzte Ausgabe: %3</translation>
    </message>
    <message>
        <source>%1 problems (the first: %2); %3</source>
        <translation>%1 Probleme (das erste: %2); %3</translation>
    </message>
    <message>
        <source>nothing to copy: %1 does not exist (&quot;if_exists&quot;: the copy is only for when it does)</source>
        <translation>nichts zu kopieren: %1 existiert nicht (&quot;if_exists&quot;: Die Kopie ist nur für den Fall gedacht, dass es existiert)</translation>
    </message>
    <message>
        <source>nothing was copied</source>
        <translation>es wurde nichts kopiert</translation>
    </message>
    <message>
        <source>no backup folder was given, and copy replaces no file without a backup; this is a bug in the program, please report it</source>
        <translation>es wurde kein Sicherungsordner angegeben, und copy ersetzt keine Datei ohne Sicherung; dies ist ein Fehler im Programm, bitte melden Sie ihn</translation>
    </message>
    <message>
        <source>%1 of %2 files had been copied to %3</source>
        <translation>%1 von %2 Dateien waren bereits nach %3 kopiert</translation>
    </message>
    <message>
        <source>stopped after copying %1 of %2 files to %3; the copied files stay there: remove them, or run the step again with &quot;overwrite&quot;: true</source>
        <translation>angehalten, nachdem %1 von %2 Dateien nach %3 kopiert wurden; die kopierten Dateien bleiben dort: Entfernen Sie sie, oder führen Sie den Schritt erneut mit &quot;overwrite&quot;: true aus</translation>
    </message>
    <message>
        <source>copied %1 file(s) (%2) from %3 to %4</source>
        <translation>%1 Datei(en) (%2) von %3 nach %4 kopiert</translation>
    </message>
    <message>
        <source>%1; %2 replaced, the old ones are backed up in %3</source>
        <translation>%1; %2 ersetzt, die alten sind in %3 gesichert</translation>
    </message>
    <message>
        <source>no backup folder was given, and file-edit changes no file without a backup; this is a bug in the program, please report it</source>
        <translation>es wurde kein Sicherungsordner angegeben, und file-edit ändert keine Datei ohne Sicherung; dies ist ein Fehler im Programm, bitte melden Sie ihn</translation>
    </message>
    <message>
        <source>stopped before writing; no file was changed</source>
        <translation>vor dem Schreiben angehalten; keine Datei wurde geändert</translation>
    </message>
    <message>
        <source>no file was changed</source>
        <translation>keine Datei wurde geändert</translation>
    </message>
    <message>
        <source> (%1 unchanged)</source>
        <translation> (%1 unverändert)</translation>
    </message>
    <message>
        <source>dry run: %1 of %2 file(s) would change; nothing was written</source>
        <translation>Probelauf: %1 von %2 Datei(en) würden sich ändern; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>nothing to change in %1 file(s)</source>
        <translation>nichts zu ändern in %1 Datei(en)</translation>
    </message>
    <message>
        <source>%1; no file was changed, since none is edited without a backup</source>
        <translation>%1; keine Datei wurde geändert, da keine ohne Sicherung bearbeitet wird</translation>
    </message>
    <message>
        <source>stopped before writing; no file was changed (the backups are in %1)</source>
        <translation>vor dem Schreiben angehalten; keine Datei wurde geändert (die Sicherungen liegen in %1)</translation>
    </message>
    <message>
        <source>%1; the files already edited were put back as they were (%2)</source>
        <translation>%1; die bereits bearbeiteten Dateien wurden in ihren vorherigen Zustand zurückversetzt (%2)</translation>
    </message>
    <message>
        <source>%1; these could not be put back, restore them from %2: %3</source>
        <translation>%1; diese konnten nicht zurückversetzt werden, stellen Sie sie aus %2 wieder her: %3</translation>
    </message>
    <message>
        <source>edited %1 file(s)%2; the originals are backed up in %3</source>
        <translation>%1 Datei(en) bearbeitet%2; die Originale sind in %3 gesichert</translation>
    </message>
    <message>
        <source>cannot write the workflow&apos;s state file %1: %2</source>
        <translation>die Zustandsdatei %1 des Workflows kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 items; a rerun continues with the rest</source>
        <translation>abgebrochen nach %1 von %2 Elementen; ein erneuter Lauf macht mit dem Rest weiter</translation>
    </message>
    <message>
        <source>workflow completed: %1 request(s) in %2 s</source>
        <translation>Workflow abgeschlossen: %1 Anfrage(n) in %2 s</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list; an earlier step must collect or extract it</source>
        <translation>%1: &quot;%2&quot; ist keine Liste; ein früherer Schritt muss diesen Wert sammeln oder extrahieren</translation>
    </message>
    <message>
        <source>%1: %2 of %3 item(s) failed; the first: %4</source>
        <translation>%1: %2 von %3 Element(en) fehlgeschlagen; das erste: %4</translation>
    </message>
    <message>
        <source>A rerun continues with the items not done.</source>
        <translation>Ein erneuter Lauf macht mit den nicht erledigten Elementen weiter.</translation>
    </message>
    <message>
        <source>refused to send the %1 credentials over plain http:// to %2: anyone on the network could read them. Use https://, or add &quot;allow_plain_http_auth&quot;: true to the task if this network is trusted</source>
        <translation>Senden der Zugangsdaten (%1) über unverschlüsseltes http:// an %2 verweigert: Jeder im Netz könnte sie mitlesen. Verwenden Sie https://, oder fügen Sie der Aufgabe &quot;allow_plain_http_auth&quot;: true hinzu, wenn dieses Netz vertrauenswürdig ist</translation>
    </message>
    <message>
        <source>no pid file %1: nothing started through it is running</source>
        <translation>keine PID-Datei %1: Nichts, was darüber gestartet wurde, läuft</translation>
    </message>
    <message>
        <source>cannot tell what to stop: %1</source>
        <translation>es lässt sich nicht feststellen, was beendet werden soll: %1</translation>
    </message>
    <message>
        <source>process %1 of %2 is not running: already stopped</source>
        <translation>Prozess %1 aus %2 läuft nicht: bereits beendet</translation>
    </message>
    <message>
        <source>process %1 %2</source>
        <translation>Prozess %1 %2</translation>
    </message>
    <message>
        <source>process %1 is still running after it was killed (is it another user&apos;s?)</source>
        <translation>Prozess %1 läuft noch, obwohl er zwangsweise beendet wurde (gehört er einem anderen Benutzer?)</translation>
    </message>
    <message>
        <source>cancelled; process %1 may still be stopping</source>
        <translation>abgebrochen; Prozess %1 wird möglicherweise noch beendet</translation>
    </message>
    <message>
        <source>did not finish within %1 s: %2</source>
        <translation>wurde nicht innerhalb von %1 s fertig: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be done before &quot;%2&quot;</source>
        <translation>„%1“ muss vor „%2“ erledigt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs on one node at a time, in order</source>
        <translation>„%1“ läuft auf jeweils einem Knoten, der Reihe nach</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be done on %2 first</source>
        <translation>„%1“ muss zuerst auf %2 erledigt sein</translation>
    </message>
    <message>
        <source>no step &quot;%1&quot; in this session</source>
        <translation>kein Schritt &quot;%1&quot; in dieser Sitzung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already running</source>
        <translation>„%1“ läuft bereits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run again yet: process %2, which its interrupted run started, still runs (the program ended without stopping it). Wait for it to end, or stop it, then run the step again</source>
        <translation>„%1“ kann noch nicht erneut laufen: Prozess %2, den sein unterbrochener Lauf gestartet hat, läuft noch (das Programm endete, ohne ihn zu beenden). Warten Sie, bis er endet, oder beenden Sie ihn, und führen Sie den Schritt dann erneut aus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not done yet (%2)</source>
        <translation>„%1“ ist noch nicht erledigt (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start yet: %2</source>
        <translation>„%1“ kann noch nicht starten: %2</translation>
    </message>
    <message>
        <source>to be done again: %1 changed</source>
        <translation>erneut zu erledigen: %1 geändert</translation>
    </message>
    <message>
        <source>confirmed unattended</source>
        <translation>unbeaufsichtigt abgezeichnet</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>abgezeichnet von %1</translation>
    </message>
    <message>
        <source>skipped by %1</source>
        <translation>übersprungen von %1</translation>
    </message>
    <message>
        <source>skip revoked by %1: %2</source>
        <translation>Überspringen zurückgenommen von %1: %2</translation>
    </message>
    <message>
        <source>sign-off revoked by %1: %2</source>
        <translation>Abzeichnung zurückgenommen von %1: %2</translation>
    </message>
    <message>
        <source>interrupted: the program stopped while this task was running</source>
        <translation>unterbrochen: Das Programm endete, während diese Aufgabe lief</translation>
    </message>
    <message>
        <source>export refuses an inconsistent group: &quot;Group &apos;X&apos; (group-2) is inconsistent. Upgrade requires all groups to be consistent.&quot;</source>
        <translation>export weist eine inkonsistente Gruppe zurück: &quot;Group &apos;X&apos; (group-2) is inconsistent. Upgrade requires all groups to be consistent.&quot;</translation>
    </message>
    <message>
        <source>upgrade fails on the license: &quot;LicenseException (&apos;License not found ...&apos;)&quot;</source>
        <translation>upgrade scheitert an der Lizenz: &quot;LicenseException (&apos;License not found ...&apos;)&quot;</translation>
    </message>
    <message>
        <source>the trainee is given a wrong --anm_host (the anm_host value): not-first names another node of the topology, so that export passes and apply fails with &quot;Node Manager error: Failed to sign CSR for service. None of the available Admin Node Managers have the domain private key&quot;; not-in-topology names the first node by a name the topology does not have, so that export fails with &quot;ERROR: Host &apos;X&apos; is not a valid host in the topology. Retry with --anm_host &lt;hostname&gt;&quot; (with one node, not-first does the same)</source>
        <translation>der Teilnehmer erhält ein falsches --anm_host (den Wert anm_host): not-first nennt einen anderen Knoten der Topologie, sodass export durchläuft und apply mit &quot;Node Manager error: Failed to sign CSR for service. None of the available Admin Node Managers have the domain private key&quot; scheitert; not-in-topology nennt den ersten Knoten mit einem Namen, den die Topologie nicht kennt, sodass export mit &quot;ERROR: Host &apos;X&apos; is not a valid host in the topology. Retry with --anm_host &lt;hostname&gt;&quot; scheitert (bei einem einzigen Knoten bewirkt not-first dasselbe)</translation>
    </message>
    <message>
        <source>Cortex Gateway fails to publish packages (a web.config problem or unhealthy Application Services): HTTP 500, or no answer at all</source>
        <translation>Cortex Gateway kann keine Pakete veröffentlichen (ein web.config-Problem oder fehlerhafte Application Services): HTTP 500 oder gar keine Antwort</translation>
    </message>
    <message>
        <source>a Service Fabric application deletion does not finish until the code packages are restarted on every node</source>
        <translation>das Löschen einer Service-Fabric-Anwendung wird erst fertig, wenn die Code-Pakete auf jedem Knoten neu gestartet werden</translation>
    </message>
    <message>
        <source>a slow network: every simulated HTTP answer is delayed by MS milliseconds</source>
        <translation>ein langsames Netz: Jede simulierte HTTP-Antwort wird um MS Millisekunden verzögert</translation>
    </message>
    <message>
        <source>the Cassandra hosts&apos; client port is closed (the firewall was not opened for the 7.7 client&apos;s native protocol port 9042)</source>
        <translation>der Client-Port der Cassandra-Hosts ist geschlossen (die Firewall wurde nicht für den Port 9042 des nativen Protokolls des 7.7-Clients geöffnet)</translation>
    </message>
    <message>
        <source>the disk fills up: simulated tools fail with &quot;No space left on device&quot;</source>
        <translation>der Datenträger läuft voll: Simulierte Werkzeuge scheitern mit &quot;No space left on device&quot;</translation>
    </message>
    <message>
        <source>something (an old KAAZING Gateway that did not stop) keeps the new Gateway&apos;s port (kaazing_port) open, as two Gateways cannot share a host and port</source>
        <translation>etwas (ein altes KAAZING Gateway, das nicht angehalten wurde) hält den Port des neuen Gateways (kaazing_port) belegt, da sich zwei Gateways Host und Port nicht teilen können</translation>
    </message>
    <message>
        <source>%1 in %2 is also in %3: %4; remove it from %2</source>
        <translation>%1 in %2 liegt auch in %3: %4; entfernen Sie es aus %2</translation>
    </message>
    <message>
        <source>%1 in %2 are also in %3: %4; remove them from %2</source>
        <translation>%1 in %2 liegen auch in %3: %4; entfernen Sie sie aus %2</translation>
    </message>
    <message>
        <source>broken symbolic link</source>
        <translation>defekte symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>Spezialdatei</translation>
    </message>
    <message>
        <source>a broken symbolic link to %1</source>
        <translation>eine defekte symbolische Verknüpfung auf %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>geändert %1</translation>
    </message>
    <message>
        <source>a symbolic link to %1</source>
        <translation>eine symbolische Verknüpfung auf %1</translation>
    </message>
    <message>
        <source>path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <source>found: a symbolic link to %1, which does not exist</source>
        <translation>gefunden: eine symbolische Verknüpfung auf %1, das es nicht gibt</translation>
    </message>
    <message>
        <source>found: nothing</source>
        <translation>gefunden: nichts</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <source>file: %1, %2</source>
        <translation>Datei: %1, %2</translation>
    </message>
    <message>
        <source>pattern: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>no matching line in %1</source>
        <translation>keine passende Zeile in %1</translation>
    </message>
    <message>
        <source>%1 line</source>
        <translation>%1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>path: %1 (nearest existing: %2)</source>
        <translation>Pfad: %1 (nächster vorhandener: %2)</translation>
    </message>
    <message>
        <source>file system: mounted at %1</source>
        <translation>Dateisystem: eingehängt unter %1</translation>
    </message>
    <message>
        <source>file system: %1, mounted at %2</source>
        <translation>Dateisystem: %1, eingehängt unter %2</translation>
    </message>
    <message>
        <source>free: %1</source>
        <translation>frei: %1</translation>
    </message>
    <message>
        <source>the minimum of %1</source>
        <translation>das Minimum von %1</translation>
    </message>
    <message>
        <source>required: at least %1</source>
        <translation>erforderlich: mindestens %1</translation>
    </message>
    <message>
        <source>size of %1: %2 in %3</source>
        <translation>Größe von %1: %2 in %3</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>required: %1 x that = %2</source>
        <translation>erforderlich: %1 × davon = %2</translation>
    </message>
    <message>
        <source>%1 x the size of %2</source>
        <translation>%1 × die Größe von %2</translation>
    </message>
    <message>
        <source>files matching %1 in %2, compared with %3</source>
        <translation>Dateien passend zu %1 in %2, verglichen mit %3</translation>
    </message>
    <message>
        <source>conflict: %1 (%2) and %3 (%4)</source>
        <translation>Konflikt: %1 (%2) und %3 (%4)</translation>
    </message>
    <message>
        <source>%1 in %2, %3 in %4</source>
        <translation>%1 in %2; %3 in %4</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 was modified at %2</source>
        <translation>%1 wurde geändert am %2</translation>
    </message>
    <message>
        <source>%1 matching %2 in %3</source>
        <translation>%1 passend zu %2 in %3</translation>
    </message>
    <message>
        <source>newest: %1, modified at %2</source>
        <translation>neueste: %1, geändert am %2</translation>
    </message>
    <message>
        <source>changed: %1 at %2</source>
        <translation>geändert: %1 am %2</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... und %1 weitere</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>expected: &quot;%1&quot;</source>
        <translation>erwartet: „%1“</translation>
    </message>
    <message>
        <source>connecting to %1, timeout %2 ms</source>
        <translation>Verbindung zu %1, Zeitlimit %2 ms</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>connected to %1 (%2) in %3 ms</source>
        <translation>verbunden mit %1 (%2) in %3 ms</translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>nothing listens there (connection refused)</source>
        <translation>dort lauscht nichts (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <source>bound %1 and released it</source>
        <translation>%1 gebunden und wieder freigegeben</translation>
    </message>
    <message>
        <source>cannot bind %1: %2</source>
        <translation>%1 kann nicht gebunden werden: %2</translation>
    </message>
    <message>
        <source>could not try to bind %1: %2</source>
        <translation>Binden von %1 konnte nicht versucht werden: %2</translation>
    </message>
    <message>
        <source>body matches: %1</source>
        <translation>Inhalt passt: %1</translation>
    </message>
    <message>
        <source>json %1 = %2</source>
        <translation>JSON %1 = %2</translation>
    </message>
    <message>
        <source>... and %1 more values</source>
        <translation>... und %1 weitere Werte</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>all %1 values of %2 are as expected</source>
        <translation>alle %1 Werte von %2 sind wie erwartet</translation>
    </message>
    <message>
        <source>request: %1 %2</source>
        <translation>Anfrage: %1 %2</translation>
    </message>
    <message>
        <source>authentication: basic, as user %1 (password not shown)</source>
        <translation>Authentifizierung: Basic, als Benutzer %1 (Passwort nicht gezeigt)</translation>
    </message>
    <message>
        <source>authentication: bearer token (not shown)</source>
        <translation>Authentifizierung: Bearer-Token (nicht gezeigt)</translation>
    </message>
    <message>
        <source>pinned certificate: SHA-256 %1</source>
        <translation>festgelegtes Zertifikat: SHA-256 %1</translation>
    </message>
    <message>
        <source>certificate verification: off (tls.insecure)</source>
        <translation>Zertifikatsprüfung: aus (tls.insecure)</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>server certificate: SHA-256 %1</source>
        <translation>Serverzertifikat: SHA-256 %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS-Meldung: %1</translation>
    </message>
    <message>
        <source>certificate accepted by its pinned fingerprint despite: %1</source>
        <translation>Zertifikat über seinen festgelegten Fingerabdruck akzeptiert trotz: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation>HTTP-Status: %1 %2</translation>
    </message>
    <message>
        <source>looked for %1 among %2 processes</source>
        <translation>%1 unter %2 Prozessen gesucht</translation>
    </message>
    <message>
        <source>pid %1: %2</source>
        <translation>PID %1: %2</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>the command crashed</source>
        <translation>der Befehl ist abgestürzt</translation>
    </message>
    <message>
        <source>exit code: %1</source>
        <translation>Exit-Code: %1</translation>
    </message>
    <message>
        <source>the output of `%1`</source>
        <translation>Ausgabe von `%1`</translation>
    </message>
    <message>
        <source>command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>no match in %1</source>
        <translation>kein Treffer in %1</translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <source>jar: %1</source>
        <translation>JAR: %1</translation>
    </message>
    <message>
        <source>%1 match; reading the first in name order: %2</source>
        <translation>%1 passen; gelesen wird das erste nach Namen: %2</translation>
    </message>
    <message>
        <source>%1 JAR</source>
        <translation>%1 JAR-Datei</translation>
    </message>
    <message>
        <source>%1 JARs</source>
        <translation>%1 JAR-Dateien</translation>
    </message>
    <message>
        <source>the manifest of %1 (%2)</source>
        <translation>Manifest von %1 (%2)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lese %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>command %1</source>
        <translation>Befehl %1</translation>
    </message>
    <message>
        <source>jar-manifest %1</source>
        <translation>JAR-Manifest %1</translation>
    </message>
    <message>
        <source>source %1 (%2)</source>
        <translation>Quelle %1 (%2)</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 antwortete: %2</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 antwortete nicht: %2</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (aus %1)</translation>
    </message>
    <message>
        <source>detected version: %1</source>
        <translation>erkannte Version: %1</translation>
    </message>
    <message>
        <source>required: %1</source>
        <translation>erforderlich: %1</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 aus %3</translation>
    </message>
    <message>
        <source>inputs: %1</source>
        <translation>Eingaben: %1</translation>
    </message>
    <message>
        <source>row %1 matches: %2 -&gt; %3</source>
        <translation>Zeile %1 passt: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(always)</source>
        <translation>(immer)</translation>
    </message>
    <message>
        <source>no row matches; otherwise -&gt; %1</source>
        <translation>keine Zeile passt; sonst -&gt; %1</translation>
    </message>
    <message>
        <source>no row matches</source>
        <translation>keine Zeile passt</translation>
    </message>
    <message>
        <source>verifying the archive</source>
        <translation>prüfe das Archiv</translation>
    </message>
    <message>
        <source>computing the SHA-256</source>
        <translation>berechne den SHA-256</translation>
    </message>
    <message>
        <source>%1 folder</source>
        <translation>%1 Ordner</translation>
    </message>
    <message>
        <source>%1 folders</source>
        <translation>%1 Ordner</translation>
    </message>
    <message>
        <source>%1 symbolic link</source>
        <translation>%1 symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>%1 symbolic links</source>
        <translation>%1 symbolische Verknüpfungen</translation>
    </message>
    <message>
        <source>archiving</source>
        <translation>archiviere</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>%1 Verknüpfung</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 Verknüpfungen</translation>
    </message>
    <message>
        <source>reading the table of contents</source>
        <translation>lese das Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>%1 entry</source>
        <translation>%1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>extracting</source>
        <translation>entpacke</translation>
    </message>
    <message>
        <source>extracted</source>
        <translation>entpackt</translation>
    </message>
    <message>
        <source>%1 of %2 copied (%3 of %4 files)</source>
        <translation>%1 von %2 kopiert (%3 von %4 Dateien)</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>schreibe %1</translation>
    </message>
    <message>
        <source>edited %1 file(s)</source>
        <translation>%1 Datei(en) bearbeitet</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>  added node(s) %1: their steps are to be done</source>
        <translation>  Knoten hinzugefügt: %1; ihre Schritte sind zu erledigen</translation>
    </message>
    <message>
        <source>  removed node(s) %1: their steps leave the plan and the decision (the journal keeps what they did)</source>
        <translation>  Knoten entfernt: %1; ihre Schritte verlassen den Plan und die Entscheidung (das Journal behält, was sie getan haben)</translation>
    </message>
    <message>
        <source>  the order is now %1: steps that go one node at a time follow it</source>
        <translation>  die Reihenfolge ist jetzt %1: Schritte, die Knoten für Knoten laufen, folgen ihr</translation>
    </message>
    <message>
        <source>no step has to be done again</source>
        <translation>kein Schritt muss erneut erledigt werden</translation>
    </message>
    <message>
        <source>to be done again (%1): %2</source>
        <translation>erneut zu erledigen (%1): %2</translation>
    </message>
    <message>
        <source>%1 step(s) keep their results</source>
        <translation>%1 Schritt(e) behalten ihre Ergebnisse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is running; cancel it first</source>
        <translation>„%1“ läuft; brechen Sie es zuerst ab</translation>
    </message>
    <message>
        <source>waiving &quot;%1&quot; needs the operator&apos;s name</source>
        <translation>„%1“ zu erlassen braucht den Namen des Bearbeiters</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: only a sign-off or a skip can be revoked</source>
        <translation>„%1“ ist %2: nur eine Abzeichnung oder ein Überspringen kann widerrufen werden</translation>
    </message>
    <message>
        <source>revoking &quot;%1&quot; needs a reason and the operator&apos;s name</source>
        <translation>„%1“ zu widerrufen braucht einen Grund und den Namen des Bearbeiters</translation>
    </message>
    <message>
        <source>a step is running; change parameters once it has ended</source>
        <translation>ein Schritt läuft; ändern Sie Parameter, wenn er beendet ist</translation>
    </message>
    <message>
        <source>changing parameters needs a reason and the operator&apos;s name</source>
        <translation>Parameter zu ändern braucht einen Grund und den Namen des Bearbeiters</translation>
    </message>
    <message>
        <source>cannot check over the network: %1</source>
        <translation>Prüfung über das Netzwerk nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot watch %1:%2 for %3 to be ready, so it was stopped: %4</source>
        <translation>%1:%2 lässt sich nicht beobachten, um zu sehen, ob %3 bereit ist; es wurde daher angehalten: %4</translation>
    </message>
    <message>
        <source>cannot read archives: %1</source>
        <translation>Archive können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read or write archives: %1</source>
        <translation>Archive können weder gelesen noch geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the output of %1</source>
        <translation>die Ausgabe von %1</translation>
    </message>
    <message>
        <source>%1 in the manifest of %2</source>
        <translation>%1 im Manifest von %2</translation>
    </message>
    <message>
        <source>%1 for each of %2: %3</source>
        <translation>%1 für jedes Element von %2: %3</translation>
    </message>
    <message>
        <source>HTTP workflow on %1: %2</source>
        <translation>HTTP-Ablauf auf %1: %2</translation>
    </message>
    <message>
        <source>on %1 over ssh: %2</source>
        <translation>auf %1 über SSH: %2</translation>
    </message>
    <message>
        <source>%1 (started in the background)</source>
        <translation>%1 (im Hintergrund gestartet)</translation>
    </message>
    <message>
        <source>stop the process whose id is in %1</source>
        <translation>den Prozess beenden, dessen ID in %1 steht</translation>
    </message>
    <message>
        <source>back up %1 to %2</source>
        <translation>%1 nach %2 sichern</translation>
    </message>
    <message>
        <source>extract %1 into %2</source>
        <translation>%1 nach %2 entpacken</translation>
    </message>
    <message>
        <source>edit %1 (%2 edit(s)), a dry run</source>
        <translation>%1 bearbeiten (%2 Änderung(en)), ein Probelauf</translation>
    </message>
    <message>
        <source>edit %1 (%2 edit(s))</source>
        <translation>%1 bearbeiten (%2 Änderung(en))</translation>
    </message>
    <message>
        <source>copy %1 to %2</source>
        <translation>%1 nach %2 kopieren</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 ist gleich %2</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existiert</translation>
    </message>
    <message>
        <source>%1 is absent</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 does not match /%2/</source>
        <translation>%1 passt nicht auf /%2/</translation>
    </message>
    <message>
        <source>%1 matches /%2/</source>
        <translation>%1 passt auf /%2/</translation>
    </message>
    <message>
        <source>%1, else %2</source>
        <translation>%1, sonst %2</translation>
    </message>
    <message>
        <source>the version in %1 is in %2</source>
        <translation>die Version in %1 liegt in %2</translation>
    </message>
    <message>
        <source>free space at %1</source>
        <translation>freier Platz unter %1</translation>
    </message>
    <message>
        <source>%1:%2 is free</source>
        <translation>%1:%2 ist frei</translation>
    </message>
    <message>
        <source>%1:%2 is open</source>
        <translation>%1:%2 ist offen</translation>
    </message>
    <message>
        <source>the process %1 is stopped</source>
        <translation>der Prozess %1 ist beendet</translation>
    </message>
    <message>
        <source>the process %1 is running</source>
        <translation>der Prozess %1 läuft</translation>
    </message>
    <message>
        <source>no file of %1 is also in %2</source>
        <translation>keine Datei aus %1 ist auch in %2</translation>
    </message>
    <message>
        <source>nothing in %1 changed since %2</source>
        <translation>nichts in %1 hat sich seit %2 geändert</translation>
    </message>
    <message>
        <source>a decision table over %1</source>
        <translation>eine Entscheidungstabelle über %1</translation>
    </message>
</context>
<context>
    <name>uw::PlanReport</name>
    <message>
        <source>Plan: %1 (%2)</source>
        <translation>Plan: %1 (%2)</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>* changes something   ! irreversible: the point of no return</source>
        <translation>* ändert etwas   ! unumkehrbar: der Punkt ohne Rückkehr</translation>
    </message>
    <message>
        <source>IRREVERSIBLE: there is no going back once it has run</source>
        <translation>UNUMKEHRBAR: Nach diesem Schritt gibt es kein Zurück</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was er tut</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>IRREVERSIBLE</source>
        <translation>UNUMKEHRBAR</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>ändert</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation, for the plan document&apos;s &lt;html lang=&quot;...&quot;&gt;</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>sign-off</source>
        <translation>Abzeichnung</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1 step</source>
        <translation>%1 Schritt</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <source>%1 check</source>
        <translation>%1 Prüfung</translation>
    </message>
    <message>
        <source>%1 checks</source>
        <translation>%1 Prüfungen</translation>
    </message>
    <message>
        <source>%1 task (%2 irreversible)</source>
        <translation>%1 Aufgabe (%2 unumkehrbar)</translation>
    </message>
    <message>
        <source>%1 tasks (%2 irreversible)</source>
        <translation>%1 Aufgaben (%2 unumkehrbar)</translation>
    </message>
    <message>
        <source>%1 sign-off</source>
        <translation>%1 Abzeichnung</translation>
    </message>
    <message>
        <source>%1 sign-offs</source>
        <translation>%1 Abzeichnungen</translation>
    </message>
    <message>
        <source>%1 info item</source>
        <translation>%1 Hinweis</translation>
    </message>
    <message>
        <source>%1 info items</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation>geschätzt %1</translation>
    </message>
    <message>
        <source>(%1 step without an estimate)</source>
        <translation>(%1 Schritt ohne Schätzung)</translation>
    </message>
    <message>
        <source>(%1 steps without an estimate)</source>
        <translation>(%1 Schritte ohne Schätzung)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A step of an item that runs once per node: &quot;&lt;item title&gt; on &lt;node names&gt;&quot;</extracomment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>after %1: %2</source>
        <translation>nach %1: %2</translation>
    </message>
</context>
<context>
    <name>uw::ReportHtml</name>
    <message>
        <source>Upgrade report: %1</source>
        <translation>Upgrade-Bericht: %1</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <source>This session was an exercise against the built-in simulator: nothing real was changed, and this report is no change record.</source>
        <translation>Diese Sitzung war eine Übung gegen den eingebauten Simulator: Nichts Echtes wurde verändert, und dieser Bericht ist keine Änderungsdokumentation.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not run</source>
        <translation>
            <numerusform>%n nicht ausgeführt</numerusform>
            <numerusform>%n nicht ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped without a waiver</source>
        <translation>
            <numerusform>%n ohne Verzicht übersprungen</numerusform>
            <numerusform>%n ohne Verzicht übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every blocker is done or waived: %n blocker(s) waived.</source>
        <translation>
            <numerusform>Jeder Blocker ist erledigt oder verzichtet: auf %n Blocker wurde verzichtet.</numerusform>
            <numerusform>Jeder Blocker ist erledigt oder verzichtet: auf %n Blocker wurde verzichtet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every blocker is done.</source>
        <translation>Jeder Blocker ist erledigt.</translation>
    </message>
    <message>
        <source>NO-GO: %1.</source>
        <translation>NO-GO: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to look at.</source>
        <translation>
            <numerusform>%n Warnung zu prüfen.</numerusform>
            <numerusform>%n Warnungen zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 von %2 Schritten erledigt.</translation>
    </message>
    <message>
        <source>GO with waivers</source>
        <translation>GO mit Verzichten</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 auf %2</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Vendor document</source>
        <translation>Herstellerdokument</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>Sitzung begonnen</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>training: against the built-in simulator, nothing real was changed</source>
        <translation>Training: gegen den eingebauten Simulator, nichts Echtes wurde verändert</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Session folder</source>
        <translation>Sitzungsordner</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Nothing failed, nothing is left undone, nothing was waived and there is no warning.</source>
        <translation>Nichts ist fehlgeschlagen, nichts ist offen geblieben, auf nichts wurde verzichtet, und es gibt keine Warnung.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The playbook gives no remedy for this step.</source>
        <translation>Das Playbook nennt für diesen Schritt keine Abhilfe.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Not run or not signed off</source>
        <translation>Nicht ausgeführt oder nicht abgezeichnet</translation>
    </message>
    <message>
        <source>Skipped blockers (no waiver)</source>
        <translation>Übersprungene Blocker (ohne Verzicht)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Waivers</source>
        <translation>Verzichte</translation>
    </message>
    <message>
        <source>Waived by</source>
        <translation>Verzichtet von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Confirmed unattended (--confirm-all), %1 to %2, nobody named:</source>
        <translation>Unbeaufsichtigt abgezeichnet (--confirm-all), %1 bis %2, ohne Namen:</translation>
    </message>
    <message>
        <source>Sign-offs and skips</source>
        <translation>Abzeichnungen und übersprungene Schritte</translation>
    </message>
    <message>
        <source>Who, when, and why</source>
        <translation>Wer, wann und warum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>This playbook takes no parameters.</source>
        <translation>Dieses Playbook hat keine Parameter.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>blockierend</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>abgezeichnet</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>confirmed unattended (--confirm-all), %1</source>
        <translation>unbeaufsichtigt abgezeichnet (--confirm-all), %1</translation>
    </message>
    <message>
        <source>confirmed by %1, %2</source>
        <translation>abgezeichnet von %1, %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>skipped by %1, %2</source>
        <translation>übersprungen von %1, %2</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Keine Begründung angegeben</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>(exit code %1)</source>
        <translation>(Exit-Code %1)</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n line(s))</source>
        <translation>
            <numerusform>Nachweise (%n Zeile)</numerusform>
            <numerusform>Nachweise (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix: every step, its evidence and duration</source>
        <translation>Anhang: jeder Schritt, seine Nachweise und seine Dauer</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>nur Text</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>No backup archive was made in this session.</source>
        <translation>In dieser Sitzung wurde kein Sicherungsarchiv angelegt.</translation>
    </message>
    <message>
        <source>Archive and its SHA-256</source>
        <translation>Archiv und seine SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <source>Training debrief: faults that were switched on</source>
        <translation>Training-Nachbesprechung: eingeschaltete Störungen</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>What it mimics</source>
        <translation>Was sie nachahmt</translation>
    </message>
    <message>
        <source>None: the simulator behaved.</source>
        <translation>Keine: Der Simulator verhielt sich normal.</translation>
    </message>
    <message>
        <source>Training debrief: what the trainee did</source>
        <translation>Training-Nachbesprechung: was der Teilnehmer getan hat</translation>
    </message>
    <message>
        <source>What happened, in order</source>
        <translation>Was geschah, der Reihe nach</translation>
    </message>
    <message>
        <source>No step failed, was skipped or had its sign-off revoked.</source>
        <translation>Kein Schritt ist fehlgeschlagen, wurde übersprungen oder hat seine Abzeichnung verloren.</translation>
    </message>
    <message>
        <source>Training debrief: parameters changed</source>
        <translation>Training-Nachbesprechung: geänderte Parameter</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>failed:</source>
        <translation>fehlgeschlagen:</translation>
    </message>
    <message>
        <source>passed: %1</source>
        <translation>bestanden: %1</translation>
    </message>
    <message>
        <source>interrupted: the program stopped while it ran</source>
        <translation>unterbrochen: Das Programm endete, während er lief</translation>
    </message>
    <message>
        <source>skipped by %1: %2</source>
        <translation>übersprungen von %1: %2</translation>
    </message>
    <message>
        <source>signed off by %1</source>
        <translation>abgezeichnet von %1</translation>
    </message>
    <message>
        <source>revoked by %1: %2</source>
        <translation>zurückgenommen von %1: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>uw::SessionCompare</name>
    <message>
        <source>Compare: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>No differences: the same steps, outcomes, warnings and parameters, and no duration more than %1 x the other.</source>
        <translation>Keine Unterschiede: dieselben Schritte, Ergebnisse, Warnungen und Parameter, und keine Dauer mehr als %1-mal die andere.</translation>
    </message>
    <message>
        <source>%1 difference(s)</source>
        <translation>%1 Unterschied(e)</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation, for the document&apos;s &lt;html lang=&quot;...&quot;&gt;</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>the two sessions ran different versions of the playbook (its copies&apos; SHA-256 differ)</source>
        <translation>die beiden Sitzungen liefen mit verschiedenen Fassungen des Playbooks (die SHA-256 ihrer Kopien unterscheiden sich)</translation>
    </message>
    <message>
        <source>%1 (%2 in B)</source>
        <translation>%1 (in B %2)</translation>
    </message>
    <message>
        <source>%1 (%2 in A)</source>
        <translation>%1 (in A %2)</translation>
    </message>
    <message>
        <source>%1: %2 in A, %3 in B (A: %4; B: %5)</source>
        <translation>%1: in A %2, in B %3 (A: %4; B: %5)</translation>
    </message>
    <message>
        <source>Outcomes that differ</source>
        <translation>Ergebnisse, die sich unterscheiden</translation>
    </message>
    <message>
        <source>Done in B, not in A</source>
        <translation>In B erledigt, nicht in A</translation>
    </message>
    <message>
        <source>Done in A, not in B</source>
        <translation>In A erledigt, nicht in B</translation>
    </message>
    <message>
        <source>%1: %2 in A, %3 in B (%4 x)</source>
        <translation>%1: in A %2, in B %3 (%4-mal)</translation>
    </message>
    <message>
        <source>Durations that differ by more than %1 x</source>
        <translation>Dauern, die sich um mehr als das %1-fache unterscheiden</translation>
    </message>
    <message>
        <source>%1: in A only (%2)</source>
        <translation>%1: nur in A (%2)</translation>
    </message>
    <message>
        <source>%1: in B only (%2)</source>
        <translation>%1: nur in B (%2)</translation>
    </message>
    <message>
        <source>Warnings in one only</source>
        <translation>Warnungen nur in einer Sitzung</translation>
    </message>
    <message>
        <source>%1: %2 in A, %3 in B</source>
        <translation>%1: in A %2, in B %3</translation>
    </message>
    <message>
        <source>Parameters that differ</source>
        <translation>Parameter, die sich unterscheiden</translation>
    </message>
    <message>
        <source>Steps in A only</source>
        <translation>Schritte nur in A</translation>
    </message>
    <message>
        <source>Steps in B only</source>
        <translation>Schritte nur in B</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>abgezeichnet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (Schulung)</translation>
    </message>
    <message>
        <source>%1, %2, started %3 by %4</source>
        <translation>%1, %2, begonnen %3 von %4</translation>
    </message>
    <message>
        <source>NO-GO: %1 blocker(s)</source>
        <translation>NO-GO: %1 Blocker</translation>
    </message>
    <message>
        <source>GO with waivers: %1 blocker(s) waived</source>
        <translation>GO mit Verzichten: auf %1 Blocker verzichtet</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>, with %1 warning(s)</source>
        <translation>, mit %1 Warnung(en)</translation>
    </message>
</context>
<context>
    <name>uw::pages::ChangeParameterDialog</name>
    <message>
        <source>Change a parameter</source>
        <translation>Einen Parameter ändern</translation>
    </message>
    <message>
        <source>The new value is checked as on the form. Steps whose check or task uses it, and the steps after them, are to be done again; the others keep their results. The change, your name and the reason go into the journal.</source>
        <translation>Der neue Wert wird wie im Formular geprüft. Schritte, deren Prüfung oder Aufgabe ihn verwendet, und die Schritte danach sind erneut zu erledigen; die anderen behalten ihre Ergebnisse. Die Änderung, Ihr Name und die Begründung kommen ins Journal.</translation>
    </message>
    <message>
        <source>Why: the remedy followed, the ticket...</source>
        <translation>Warum: die befolgte Abhilfe, das Ticket...</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Ändern</translation>
    </message>
    <message>
        <source>&amp;Parameter</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>&amp;Value *</source>
        <translation>&amp;Wert *</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Begründung *</translation>
    </message>
    <message>
        <source>New value of %1</source>
        <translation>Neuer Wert von %1</translation>
    </message>
    <message>
        <source>The value is the one the session has: nothing changed.</source>
        <translation>Der Wert ist der, den die Sitzung schon hat: nichts geändert.</translation>
    </message>
    <message>
        <source>Steps the change sets back</source>
        <translation>Schritte, die die Änderung zurücksetzt</translation>
    </message>
    <message>
        <source>This value cannot be used: %1</source>
        <translation>Dieser Wert kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>No step that has a result uses this value: nothing has to be done again.</source>
        <translation>Kein Schritt mit einem Ergebnis verwendet diesen Wert: nichts muss erneut ausgeführt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Changing it sets these %n step(s) back, to be done again:</source>
        <translation>
            <numerusform>Die Änderung setzt %n Schritt zurück; er ist erneut auszuführen:</numerusform>
            <numerusform>Die Änderung setzt diese %n Schritte zurück; sie sind erneut auszuführen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uw::pages::LogModel</name>
    <message>
        <source>(other)</source>
        <translation>(sonstige)</translation>
    </message>
</context>
<context>
    <name>uw::pages::LogPanel</name>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>Stufenfilter</translation>
    </message>
    <message>
        <source>Show only lines of this level and above</source>
        <translation>Nur Zeilen dieser Stufe und höher anzeigen</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <source>Node filter</source>
        <translation>Knotenfilter</translation>
    </message>
    <message>
        <source>Show only the lines of one node</source>
        <translation>Nur die Zeilen eines Knotens anzeigen</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Text filtern</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Mitlaufen</translation>
    </message>
    <message>
        <source>Follow the newest line</source>
        <translation>Der neuesten Zeile folgen</translation>
    </message>
    <message>
        <source>Keep the newest line in sight; scrolling up stops following, End resumes it</source>
        <translation>Die neueste Zeile im Blick behalten; Hochscrollen beendet das Mitlaufen, Ende setzt es fort</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Die ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines to the clipboard (Ctrl+C in the log)</source>
        <translation>Die ausgewählten Zeilen in die Zwischenablage kopieren (Strg+C im Log)</translation>
    </message>
    <message>
        <source>&amp;Open full log</source>
        <translation>Vollständiges Log ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the full log file</source>
        <translation>Die vollständige Logdatei öffnen</translation>
    </message>
    <message>
        <source>No log file for this run yet</source>
        <translation>Für diesen Lauf gibt es noch keine Logdatei</translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Logzeilen</translation>
    </message>
    <message>
        <source>The lines logged by the run. Arrow keys move, Shift extends the selection, Ctrl+C copies it.</source>
        <translation>Die vom Lauf protokollierten Zeilen. Pfeiltasten bewegen, Umschalt erweitert die Auswahl, Strg+C kopiert sie.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln line(s)</source>
        <translation>
            <numerusform>%1 von %Ln Zeile</numerusform>
            <numerusform>%1 von %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>(filtering…)</source>
        <translation>(filtert…)</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>Step filter</source>
        <translation>Schrittfilter</translation>
    </message>
    <message>
        <source>Show only the lines of one step</source>
        <translation>Nur die Zeilen eines Schritts zeigen</translation>
    </message>
    <message>
        <source>Show only lines containing this text (case does not matter); it is marked in the lines</source>
        <translation>Nur Zeilen mit diesem Text zeigen (Groß-/Kleinschreibung egal); er wird in den Zeilen markiert</translation>
    </message>
    <message>
        <source>Full log</source>
        <translation>Vollständiges Log</translation>
    </message>
    <message>
        <source>Nothing on this computer could open the log. It is in this file:</source>
        <translation>Nichts auf diesem Computer konnte das Log öffnen. Es steht in dieser Datei:</translation>
    </message>
    <message>
        <source>Path of the log</source>
        <translation>Pfad des Logs</translation>
    </message>
    <message>
        <source>Co&amp;py path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
</context>
<context>
    <name>uw::pages::LogView</name>
    <message>
        <source>DEBUG</source>
        <translation>DEBUG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
</context>
<context>
    <name>uw::pages::NodeTable</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role of node %1</source>
        <translation>Rolle von Knoten %1</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
</context>
<context>
    <name>uw::pages::ParametersPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>What this upgrade needs to know. Fields marked * are required.</source>
        <translation>Was dieses Upgrade wissen muss. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Training mode could not start: %1</source>
        <translation>Der Trainingsmodus konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1. Fields marked * are required.</source>
        <translation>%1. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Who runs this upgrade: recorded with every sign-off and in the report</source>
        <translation>Wer dieses Upgrade durchführt: wird mit jeder Abzeichnung und im Bericht festgehalten</translation>
    </message>
    <message>
        <source>&amp;Operator *</source>
        <translation>&amp;Bearbeiter *</translation>
    </message>
    <message>
        <source>give it again: secrets are never stored</source>
        <translation>erneut angeben: Geheimnisse werden nie gespeichert</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>The session&apos;s journal ends in an incomplete record, which Start removes: %1</source>
        <translation>Das Journal der Sitzung endet mit einem unvollständigen Eintrag, den Starten entfernt: %1</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Resume with these values?</source>
        <translation>Mit diesen Werten fortsetzen?</translation>
    </message>
    <message>
        <source>Start with these values?</source>
        <translation>Mit diesen Werten starten?</translation>
    </message>
    <message>
        <source>The session starts with the values below. From then on they are fixed: a value changes only through “Change a parameter…” on the playbook&apos;s pages or the summary, with a reason, and the steps that use it are done again.</source>
        <translation>Die Sitzung startet mit den folgenden Werten. Danach stehen sie fest: Ein Wert ändert sich nur über „Einen Parameter ändern…“ auf den Seiten des Playbooks oder in der Übersicht, mit einer Begründung, und die Schritte, die ihn verwenden, werden erneut ausgeführt.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Values the session starts with</source>
        <translation>Werte, mit denen die Sitzung startet</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>Zurück zum &amp;Formular</translation>
    </message>
    <message>
        <source>Show the plan...</source>
        <translation>Den Plan zeigen...</translation>
    </message>
    <message>
        <source>Every step a run with these values takes, in order, with what it runs and what it waits for; nothing runs</source>
        <translation>Jeder Schritt, den ein Lauf mit diesen Werten macht, in seiner Reihenfolge, mit dem, was er ausführt und worauf er wartet; nichts wird ausgeführt</translation>
    </message>
    <message>
        <source>The values make no plan yet: %1</source>
        <translation>Die Werte ergeben noch keinen Plan: %1</translation>
    </message>
    <message>
        <source>&lt;session folder&gt;</source>
        <translation>&lt;Sitzungsordner&gt;</translation>
    </message>
    <message>
        <source>&lt;session start&gt;</source>
        <translation>&lt;Sitzungsbeginn&gt;</translation>
    </message>
    <message>
        <source>The plan: %1</source>
        <translation>Der Plan: %1</translation>
    </message>
    <message>
        <source>e.g. 22:00-02:00</source>
        <translation>z. B. 22:00-02:00</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Optional, in local time. The playbook pages then show when the session is expected to end and by when its point of no return must start; starting it later asks first.</source>
        <translation>Optional, in Ortszeit. Die Playbook-Seiten zeigen dann, wann die Sitzung voraussichtlich endet und bis wann ihr Punkt ohne Rückkehr beginnen muss; ein späterer Start fragt zuerst nach.</translation>
    </message>
    <message>
        <source>Rehearsal session</source>
        <translation>Probelauf-Sitzung</translation>
    </message>
    <message>
        <source>A session of the same playbook run before: its steps&apos; durations time the window instead of the estimates</source>
        <translation>Eine frühere Sitzung desselben Playbooks: Die Dauer ihrer Schritte bemisst das Fenster statt der Schätzungen</translation>
    </message>
    <message>
        <source>Choose the rehearsal session</source>
        <translation>Die Probelauf-Sitzung wählen</translation>
    </message>
    <message>
        <source>The rehearsal&apos;s session folder</source>
        <translation>Der Sitzungsordner des Probelaufs</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>A rehearsal times the maintenance window: give the window too.</source>
        <translation>Ein Probelauf bemisst das Wartungsfenster: Geben Sie auch das Fenster an.</translation>
    </message>
    <message>
        <source>%1 is not a session folder (it has no journal.jsonl).</source>
        <translation>%1 ist kein Sitzungsordner (er hat keine journal.jsonl).</translation>
    </message>
    <message>
        <source>The rehearsal cannot time the window: %1</source>
        <translation>Der Probelauf kann das Fenster nicht bemessen: %1</translation>
    </message>
</context>
<context>
    <name>uw::pages::PlaybookPage</name>
    <message>
        <source>Change a &amp;parameter...</source>
        <translation>Einen &amp;Parameter ändern...</translation>
    </message>
    <message>
        <source>Correct a value of the form, with a reason: the steps it touches are to be done again</source>
        <translation>Einen Wert des Formulars mit Begründung korrigieren: die Schritte, die er betrifft, sind erneut zu erledigen</translation>
    </message>
    <message>
        <source>Run all ready chec&amp;ks</source>
        <translation>Alle bereiten Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <source>Run every automated check of this page that may start now</source>
        <translation>Jede automatische Prüfung dieser Seite ausführen, die jetzt starten darf</translation>
    </message>
    <message>
        <source>sign off “%1”</source>
        <translation>„%1“ abzeichnen</translation>
    </message>
    <message>
        <source>retry “%1” (or skip it)</source>
        <translation>„%1“ wiederholen (oder überspringen)</translation>
    </message>
    <message>
        <source>run the check “%1”</source>
        <translation>die Prüfung „%1“ ausführen</translation>
    </message>
    <message>
        <source>run “%1”</source>
        <translation>„%1“ ausführen</translation>
    </message>
    <message>
        <source>Running: %1. Next is enabled once it has ended.</source>
        <translation>Läuft: %1. „Weiter“ wird verfügbar, sobald es beendet ist.</translation>
    </message>
    <message numerus="yes">
        <source>Every blocker on this page is done; %n warning(s) not done. Next goes on.</source>
        <translation>
            <numerusform>Jeder Blocker auf dieser Seite ist erledigt; %n Warnung ist offen. „Weiter“ geht weiter.</numerusform>
            <numerusform>Jeder Blocker auf dieser Seite ist erledigt; %n Warnungen sind offen. „Weiter“ geht weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every step on this page is done. Next goes on.</source>
        <translation>Jeder Schritt auf dieser Seite ist erledigt. „Weiter“ geht weiter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) left: %1.</source>
        <translation>
            <numerusform>%n Blocker offen: %1.</numerusform>
            <numerusform>%n Blocker offen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start it</source>
        <translation>Jetzt &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Go to it</source>
        <translation>Zum Schritt &amp;gehen</translation>
    </message>
    <message>
        <source>Start the next step: %1</source>
        <translation>Den nächsten Schritt starten: %1</translation>
    </message>
    <message>
        <source>Show the next step: %1</source>
        <translation>Den nächsten Schritt zeigen: %1</translation>
    </message>
    <message>
        <source>Window %1: expected end %2, inside the window.</source>
        <translation>Fenster %1: voraussichtliches Ende %2, innerhalb des Fensters.</translation>
    </message>
    <message>
        <source>Window %1: expected end %2, %3 min past its end.</source>
        <translation>Fenster %1: voraussichtliches Ende %2, %3 Min. nach seinem Ende.</translation>
    </message>
    <message>
        <source>Point of no return “%1”: its latest start, %2, has passed.</source>
        <translation>Punkt ohne Rückkehr „%1“: sein spätester Start, %2, ist vorbei.</translation>
    </message>
    <message>
        <source>Point of no return “%1”: start it by %2.</source>
        <translation>Punkt ohne Rückkehr „%1“: spätestens um %2 starten.</translation>
    </message>
    <message>
        <source>“%1” is the point of no return. It is %2, past %3, its latest start for the window ending %4: it is expected to end at %5.

Start it anyway? Your name and this answer are recorded in the journal.</source>
        <translation>„%1“ ist der Punkt ohne Rückkehr. Es ist %2, nach %3, seinem spätesten Start für das Fenster, das um %4 endet: Er endet voraussichtlich um %5.

Trotzdem starten? Ihr Name und diese Antwort werden im Journal festgehalten.</translation>
    </message>
    <message>
        <source>Past the latest start</source>
        <translation>Nach dem spätesten Start</translation>
    </message>
</context>
<context>
    <name>uw::pages::StepGrid</name>
    <message>
        <source>Steps on each node</source>
        <translation>Schritte auf jedem Knoten</translation>
    </message>
    <message>
        <source>One row per node and one column per step that runs on every node; each cell shows the step&apos;s state.</source>
        <translation>Eine Zeile je Knoten und eine Spalte je Schritt, der auf jedem Knoten läuft; jede Zelle zeigt den Zustand des Schritts.</translation>
    </message>
</context>
<context>
    <name>uw::pages::StepGridModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1 does not run on %2</source>
        <translation>%1 läuft nicht auf %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>uw::pages::StepWidget</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>A step of an item that runs once per node: &quot;&lt;item title&gt; on &lt;node name&gt;&quot;</extracomment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>blockierend</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>abgezeichnet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Show the help of %1</source>
        <translation>Die Hilfe zu %1 anzeigen</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Operator who signs off</source>
        <translation>Bearbeiter, der abzeichnet</translation>
    </message>
    <message>
        <source>Note (optional): where, what, ticket...</source>
        <translation>Notiz (optional): wo, was, Ticket...</translation>
    </message>
    <message>
        <source>Note for the sign-off</source>
        <translation>Notiz zur Abzeichnung</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Skip this task, with a reason that goes into the journal and the report</source>
        <translation>Diese Aufgabe überspringen, mit einer Begründung, die in das Journal und den Bericht eingeht</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2</source>
        <translation>Abgezeichnet von %1 am %2</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2: %3</source>
        <translation>Abgezeichnet von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Skipped by %1: %2</source>
        <translation>Übersprungen von %1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Waits: %1</source>
        <translation>Wartet: %1</translation>
    </message>
    <message>
        <source>Give the name of the operator who signs off.</source>
        <translation>Geben Sie den Namen des Bearbeiters an, der abzeichnet.</translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>%1 überspringen</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed or not from a known authority: look at its SHA-256 fingerprint, and trust it for this session</source>
        <translation>Das Zertifikat des Servers ist selbst signiert oder stammt nicht von einer bekannten Zertifizierungsstelle: Sehen Sie sich seinen SHA-256-Fingerabdruck an und vertrauen Sie ihm für diese Sitzung</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has this SHA-256 fingerprint:

%1

Compare it with the one the gateway&apos;s administrator gives you (for example from the gateway&apos;s own console). Trust it for the rest of this session?</source>
        <translation>Das Zertifikat des Servers hat diesen SHA-256-Fingerabdruck:

%1

Vergleichen Sie ihn mit dem, den Ihnen der Administrator des Gateways nennt (zum Beispiel aus der eigenen Konsole des Gateways). Ihm für den Rest dieser Sitzung vertrauen?</translation>
    </message>
    <message>
        <source>Take the skip back, with a reason: the task is then to be done again</source>
        <translation>Das Überspringen mit einer Begründung zurücknehmen: die Aufgabe ist dann wieder zu erledigen</translation>
    </message>
    <message>
        <source>Uncheck to revoke the sign-off, with a reason</source>
        <translation>Abwählen, um die Abzeichnung mit einer Begründung zu widerrufen</translation>
    </message>
    <message>
        <source>Why is this task skipped? The reason goes into the journal and the report.</source>
        <translation>Warum wird diese Aufgabe übersprungen? Die Begründung geht in das Journal und den Bericht ein.</translation>
    </message>
    <message>
        <source>This blocker may be waived: with a reason and your name, the decision becomes GO with waivers, which lists who waived it, when and why. Why is it waived?</source>
        <translation>Auf diesen Blocker darf verzichtet werden: mit einer Begründung und Ihrem Namen lautet die Entscheidung GO mit Verzichten, die auflistet, wer wann und warum verzichtet hat. Warum wird verzichtet?</translation>
    </message>
    <message>
        <source>This blocker cannot be waived: skipping it keeps the decision at NO-GO until it is done. Why is it skipped?</source>
        <translation>Auf diesen Blocker kann nicht verzichtet werden: übersprungen bleibt die Entscheidung NO-GO, bis er erledigt ist. Warum wird er übersprungen?</translation>
    </message>
    <message>
        <source>Waive %1</source>
        <translation>Auf %1 verzichten</translation>
    </message>
    <message>
        <source>Revoke the skip of %1</source>
        <translation>Überspringen von %1 widerrufen</translation>
    </message>
    <message>
        <source>Revoke the sign-off of %1</source>
        <translation>Abzeichnung von %1 widerrufen</translation>
    </message>
    <message>
        <source>Why is it taken back? The reason and your name go into the journal and the report; the step is then not done until it is done again.</source>
        <translation>Warum wird es zurückgenommen? Die Begründung und Ihr Name kommen ins Journal und in den Bericht; der Schritt gilt dann als nicht erledigt, bis er erneut erledigt ist.</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Trust this certificate...</source>
        <translation>Diesem Zertifikat vertrauen...</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Skip...</source>
        <translation>Überspringen...</translation>
    </message>
    <message>
        <source>Revoke the skip...</source>
        <translation>Überspringen zurücknehmen...</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Signed off: %1</source>
        <translation>Abgezeichnet: %1</translation>
    </message>
    <message>
        <source>Sign-off of %1</source>
        <translation>Abzeichnung von %1</translation>
    </message>
    <message>
        <source>Trust the server certificate for %1</source>
        <translation>Dem Serverzertifikat für %1 vertrauen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
</context>
<context>
    <name>uw::pages::SummaryPage</name>
    <message>
        <source>cannot write the report: %1</source>
        <translation>der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>check that the folder exists and is writable</source>
        <translation>prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Go to this step</source>
        <translation>Zu diesem Schritt &amp;wechseln</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Signed off or skipped</source>
        <translation>Abgezeichnet oder übersprungen</translation>
    </message>
    <message>
        <source>Back&amp;ups and their SHA-256 checksums:</source>
        <translation>Si&amp;cherungen und ihre SHA-256-Prüfsummen:</translation>
    </message>
    <message>
        <source>No backup archive was made in this session.</source>
        <translation>In dieser Sitzung wurde kein Sicherungsarchiv angelegt.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Go / no-go summary</source>
        <translation>Go/No-Go-Übersicht</translation>
    </message>
    <message>
        <source>Whether the upgrade may go ahead, and why. Export the report for your change record.</source>
        <translation>Ob das Upgrade weitergehen darf, und warum. Exportieren Sie den Bericht für Ihre Änderungsdokumentation.</translation>
    </message>
    <message>
        <source>&amp;Reasons for the decision (choose one to go to its step):</source>
        <translation>&amp;Gründe für die Entscheidung (wählen Sie einen, um zu seinem Schritt zu gehen):</translation>
    </message>
    <message>
        <source>Blockers and warnings</source>
        <translation>Blockierende Punkte und Warnungen</translation>
    </message>
    <message>
        <source>Click a row, or press Enter on it, to go to that step.</source>
        <translation>Klicken Sie auf eine Zeile oder drücken Sie darauf die Eingabetaste, um zu diesem Schritt zu gehen.</translation>
    </message>
    <message>
        <source>S&amp;teps and how long they took:</source>
        <translation>Schri&amp;tte und ihre Dauer:</translation>
    </message>
    <message>
        <source>Steps, their status and duration</source>
        <translation>Schritte, ihr Status und ihre Dauer</translation>
    </message>
    <message>
        <source>Backups and their SHA-256 checksums</source>
        <translation>Sicherungen und ihre SHA-256-Prüfsummen</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected backup as sha256sum reads it.</source>
        <translation>Strg+C kopiert die ausgewählte Sicherung so, wie sha256sum sie liest.</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>Den Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Den Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation>Den Bericht als JSON exportieren</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>there is no session to report on</source>
        <translation>es gibt keine Sitzung, über die berichtet werden kann</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <source>No session is open, so there is nothing to decide yet.</source>
        <translation>Es ist keine Sitzung geöffnet, daher gibt es noch nichts zu entscheiden.</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>Every blocker is done: the upgrade may go ahead.</source>
        <translation>Jeder blockierende Schritt ist erledigt: Das Upgrade darf weitergehen.</translation>
    </message>
    <message numerus="yes">
        <source>Every blocker is done: the upgrade may go ahead. %n warning(s) to look at first.</source>
        <translation>
            <numerusform>Jeder blockierende Schritt ist erledigt: Das Upgrade darf weitergehen. Zuerst %n Warnung ansehen.</numerusform>
            <numerusform>Jeder blockierende Schritt ist erledigt: Das Upgrade darf weitergehen. Zuerst %n Warnungen ansehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 von %2 Schritten erledigt.</translation>
    </message>
    <message>
        <source>Decision: %1. %2</source>
        <translation>Entscheidung: %1. %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Nothing to look at: every step is done.</source>
        <translation>Nichts anzusehen: Jeder Schritt ist erledigt.</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>abgezeichnet</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>unattended</source>
        <translation>unbeaufsichtigt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; reason: %1</source>
        <translation>; Begründung: %1</translation>
    </message>
    <message>
        <source>; note: %1</source>
        <translation>; Notiz: %1</translation>
    </message>
    <message>
        <source>; no reason given</source>
        <translation>; keine Begründung angegeben</translation>
    </message>
    <message>
        <source>Upgrade report: %1</source>
        <translation>Upgrade-Bericht: %1</translation>
    </message>
    <message>
        <source>the PDF could not be rendered</source>
        <translation>das PDF konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>HTML documents (*.html)</source>
        <translation>HTML-Dokumente (*.html)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The report was not exported.</source>
        <translation>Der Bericht wurde nicht exportiert.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The report could not be written.

%1</source>
        <translation>Der Bericht konnte nicht geschrieben werden.

%1</translation>
    </message>
    <message>
        <source>Report exported to %1</source>
        <translation>Bericht exportiert nach %1</translation>
    </message>
    <message>
        <source>GO with waivers</source>
        <translation>GO mit Verzichten</translation>
    </message>
    <message numerus="yes">
        <source>Every blocker is done or waived: %n blocker(s) waived, each with who and why below.</source>
        <translation>
            <numerusform>Jeder Blocker ist erledigt oder verzichtet: auf %n Blocker wurde verzichtet, jeweils mit wer und warum unten.</numerusform>
            <numerusform>Jeder Blocker ist erledigt oder verzichtet: auf %n Blocker wurde verzichtet, jeweils mit wer und warum unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to look at first.</source>
        <translation>
            <numerusform>%n Warnung zuerst ansehen.</numerusform>
            <numerusform>%n Warnungen zuerst ansehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct a value of the form, with a reason: the steps it touches are to be done again</source>
        <translation>Einen Wert des Formulars mit Begründung korrigieren: die Schritte, die er betrifft, sind erneut zu erledigen</translation>
    </message>
    <message>
        <source>&amp;Change a parameter...</source>
        <translation>Einen Parameter &amp;ändern...</translation>
    </message>
    <message>
        <source>Training &amp;debrief: the faults that were on, what was done about them, and what the playbook says to do:</source>
        <translation>Training-&amp;Nachbesprechung: die gesetzten Störungen, was dagegen getan wurde und was das Playbook rät:</translation>
    </message>
    <message>
        <source>Fault or step</source>
        <translation>Störung oder Schritt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Training debrief</source>
        <translation>Training-Nachbesprechung</translation>
    </message>
    <message>
        <source>NO-GO: %1.</source>
        <translation>NO-GO: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to look at.</source>
        <translation>
            <numerusform>%n Warnung zu prüfen.</numerusform>
            <numerusform>%n Warnungen zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not run</source>
        <translation>
            <numerusform>%n nicht ausgeführt</numerusform>
            <numerusform>%n nicht ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped without a waiver</source>
        <translation>
            <numerusform>%n ohne Verzicht übersprungen</numerusform>
            <numerusform>%n ohne Verzicht übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>waived by %1: %2</source>
        <translation>verzichtet von %1: %2</translation>
    </message>
    <message>
        <source>did not verify the server&apos;s TLS certificate (tls.insecure): anyone on the network could have answered in its place</source>
        <translation>hat das TLS-Zertifikat des Servers nicht geprüft (tls.insecure): Jeder im Netz hätte an seiner Stelle antworten können</translation>
    </message>
    <message>
        <source>skipped by %1: %2</source>
        <translation>übersprungen von %1: %2</translation>
    </message>
    <message>
        <source>skipped without the operator&apos;s name or a reason; a waiver needs who and why</source>
        <translation>übersprungen ohne Namen des Bedieners oder Grund; ein Verzicht braucht wer und warum</translation>
    </message>
    <message>
        <source>skipped by %1 (%2), but the playbook does not let this blocker be waived: do it, or the upgrade stays NO-GO</source>
        <translation>übersprungen von %1 (%2), aber das Playbook erlaubt keinen Verzicht auf diesen Blocker: Führen Sie ihn aus, sonst bleibt das Upgrade NO-GO</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>interrupted: the program stopped while it ran; run it again, or skip it with a reason</source>
        <translation>unterbrochen: Das Programm endete, während er lief; führen Sie ihn erneut aus oder überspringen Sie ihn mit Grund</translation>
    </message>
    <message>
        <source>cancelled; run it again</source>
        <translation>abgebrochen; führen Sie ihn erneut aus</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>nicht abgezeichnet</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Verzichtet</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Nicht abgezeichnet</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Fault %1</source>
        <translation>Störung %1</translation>
    </message>
    <message>
        <source>No fault was switched on.</source>
        <translation>Keine Störung war eingeschaltet.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>signed off by %1</source>
        <translation>abgezeichnet von %1</translation>
    </message>
    <message>
        <source>revoked by %1: %2</source>
        <translation>zurückgenommen von %1: %2</translation>
    </message>
    <message>
        <source>; then </source>
        <translation>; dann </translation>
    </message>
    <message>
        <source>(the playbook gives no remedy)</source>
        <translation>(das Playbook nennt keine Abhilfe)</translation>
    </message>
    <message>
        <source>No step failed, was skipped or had its sign-off revoked.</source>
        <translation>Kein Schritt ist fehlgeschlagen, wurde übersprungen oder hat seine Abzeichnung verloren.</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 zu %3</translation>
    </message>
    <message>
        <source>%1 changed %2, because: %3</source>
        <translation>%1 hat %2 geändert, weil: %3</translation>
    </message>
    <message>
        <source>Parameters changed</source>
        <translation>Parameter geändert</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Compare with a rehearsal...</source>
        <translation>Mit einem Probelauf vergleichen...</translation>
    </message>
    <message>
        <source>This session beside another of the same playbook (a rehearsal, a training session): outcomes, durations, warnings and parameters that differ</source>
        <translation>Diese Sitzung neben einer anderen desselben Playbooks (ein Probelauf, eine Trainingssitzung): abweichende Ergebnisse, Dauern, Warnungen und Parameter</translation>
    </message>
    <message>
        <source>The rehearsal&apos;s session folder</source>
        <translation>Der Sitzungsordner des Probelaufs</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>This session beside the rehearsal</source>
        <translation>Diese Sitzung neben dem Probelauf</translation>
    </message>
    <message>
        <source>Sign exports with SSH key:</source>
        <translation>Exporte mit SSH-Schlüssel signieren:</translation>
    </message>
    <message>
        <source>Each report exported gets a signature beside it (.sig), made with ssh-keygen; upgrade-wizard verify checks it</source>
        <translation>Jeder exportierte Bericht erhält daneben eine Signatur (.sig), erstellt mit ssh-keygen; upgrade-wizard verify prüft sie</translation>
    </message>
    <message>
        <source>SSH key to sign exports with</source>
        <translation>SSH-Schlüssel zum Signieren der Exporte</translation>
    </message>
    <message>
        <source>a private key, or a public key held by ssh-agent</source>
        <translation>ein privater Schlüssel oder ein öffentlicher Schlüssel aus ssh-agent</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <source>The report was exported, but not signed.

%1</source>
        <translation>Der Bericht wurde exportiert, aber nicht signiert.

%1</translation>
    </message>
    <message>
        <source>Report exported to %1 and signed: %2</source>
        <translation>Bericht exportiert nach %1 und signiert: %2</translation>
    </message>
    <message>
        <source>Report exported to %1, not signed: %2</source>
        <translation>Bericht exportiert nach %1, nicht signiert: %2</translation>
    </message>
</context>
<context>
    <name>uw::pages::TopologyPage</name>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>The nodes of this upgrade, and where each step stands on each node.</source>
        <translation>Die Knoten dieses Upgrades und wo jeder Schritt auf jedem Knoten steht.</translation>
    </message>
    <message>
        <source>The steps on each node appear here once the upgrade is planned.</source>
        <translation>Die Schritte auf jedem Knoten erscheinen hier, sobald das Upgrade geplant ist.</translation>
    </message>
    <message>
        <source>No step of this upgrade runs once per node.</source>
        <translation>Kein Schritt dieses Upgrades läuft einmal je Knoten.</translation>
    </message>
    <message>
        <source>Each row is a node, each column a step that runs on every node, in order. Each cell says its step&apos;s state; point at one for what happened.</source>
        <translation>Jede Zeile ist ein Knoten, jede Spalte ein Schritt, der auf jedem Knoten läuft, der Reihe nach. Jede Zelle nennt den Zustand ihres Schritts; zeigen Sie auf eine, um zu sehen, was geschah.</translation>
    </message>
</context>
<context>
    <name>uw::pages::TopologyView</name>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>The nodes of this upgrade. Press + or - to zoom, 0 to fit.</source>
        <translation>Die Knoten dieses Upgrades. Drücken Sie + oder - zum Zoomen, 0 zum Einpassen.</translation>
    </message>
    <message>
        <source>No nodes are given yet.</source>
        <translation>Es sind noch keine Knoten angegeben.</translation>
    </message>
    <message>
        <source>%1
Host: %2
Role: %3</source>
        <translation>%1
Host: %2
Rolle: %3</translation>
    </message>
    <message>
        <source>%1 goes first</source>
        <translation>%1 kommt zuerst</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>In keiner Gruppe</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(keine Gruppe)</translation>
    </message>
    <message>
        <source>%1
Group: %2
On: %3</source>
        <translation>%1
Gruppe: %2
Auf: %3</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>goes first</source>
        <translation>kommt zuerst</translation>
    </message>
</context>
<context>
    <name>uw::pages::TrainingBand</name>
    <message>
        <source>TRAINING: a simulated environment, nothing real is changed. The trainer has set faults; they are named in the debrief.</source>
        <translation>TRAINING: eine simulierte Umgebung, nichts Echtes wird verändert. Der Trainer hat Störungen gesetzt; sie werden in der Nachbesprechung genannt.</translation>
    </message>
    <message>
        <source>TRAINING: a simulated environment, nothing real is changed. No fault is set.</source>
        <translation>TRAINING: eine simulierte Umgebung, nichts Echtes wird verändert. Keine Störung ist gesetzt.</translation>
    </message>
    <message>
        <source>TRAINING: a simulated environment, nothing real is changed. Faults set: %1.</source>
        <translation>TRAINING: eine simulierte Umgebung, nichts Echtes wird verändert. Gesetzte Störungen: %1.</translation>
    </message>
</context>
<context>
    <name>uw::pages::UpgradeWizard</name>
    <message>
        <source>Upgrade Wizard %1</source>
        <translation>Upgrade Wizard %1</translation>
    </message>
    <message>
        <source>The session&apos;s journal cannot be written</source>
        <translation>Das Journal der Sitzung kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1

What is done from now on is not recorded. Free disk space or fix the folder&apos;s permissions, then resume the session.</source>
        <translation>%1

Was von jetzt an geschieht, wird nicht aufgezeichnet. Schaffen Sie Speicherplatz oder berichtigen Sie die Rechte des Ordners, und setzen Sie dann die Sitzung fort.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Bericht nicht geschrieben</translation>
    </message>
    <message>
        <source>The session&apos;s report could not be written.

%1</source>
        <translation>Der Bericht der Sitzung konnte nicht geschrieben werden.

%1</translation>
    </message>
    <message>
        <source>Work is running</source>
        <translation>Es läuft noch Arbeit</translation>
    </message>
    <message>
        <source>A check or task is still running. Cancel it and close the wizard?

The session is kept: resume it from the welcome page to go on where it stopped.</source>
        <translation>Eine Prüfung oder Aufgabe läuft noch. Abbrechen und den Assistenten schließen?

Die Sitzung bleibt erhalten: Setzen Sie sie auf der Willkommensseite fort, um dort weiterzumachen, wo sie angehalten hat.</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>See the go/no-go decision so far; Back returns here</source>
        <translation>Die bisherige Go/No-Go-Entscheidung ansehen; Zurück kehrt hierher zurück</translation>
    </message>
    <message>
        <source>Change a parameter</source>
        <translation>Einen Parameter ändern</translation>
    </message>
    <message>
        <source>A step is running. Change parameters once it has ended, or cancel it first.</source>
        <translation>Ein Schritt läuft. Ändern Sie Parameter, wenn er beendet ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Parameters changed</source>
        <translation>Parameter geändert</translation>
    </message>
    <message>
        <source>Upgrade Wizard %1 — TRAINING</source>
        <translation>Upgrade Wizard %1 — TRAINING</translation>
    </message>
    <message>
        <source>Leave the session?</source>
        <translation>Sitzung verlassen?</translation>
    </message>
    <message>
        <source>The session is kept as it is: resume it from the welcome page to go on where you left off.

Close the wizard now?</source>
        <translation>Die Sitzung bleibt, wie sie ist: Setzen Sie sie auf der Willkommensseite fort, um dort weiterzumachen, wo Sie aufgehört haben.

Den Assistenten jetzt schließen?</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
</context>
<context>
    <name>uw::pages::WelcomePage</name>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 von %2 Schritten</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO so far</source>
        <translation>bisher NO-GO</translation>
    </message>
    <message>
        <source>&amp;Open a playbook file...</source>
        <translation>Playbook-Datei ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Training mode: run against the built-in simulated environment</source>
        <translation>&amp;Trainingsmodus: gegen die eingebaute simulierte Umgebung ausführen</translation>
    </message>
    <message>
        <source>Welcome to Upgrade Wizard</source>
        <translation>Willkommen bei Upgrade Wizard</translation>
    </message>
    <message>
        <source>Choose the upgrade procedure, or resume one you started. Every step is recorded, so an interrupted upgrade goes on where it stopped.</source>
        <translation>Wählen Sie die Upgrade-Prozedur oder setzen Sie eine begonnene fort. Jeder Schritt wird aufgezeichnet, sodass ein unterbrochenes Upgrade dort weitergeht, wo es angehalten hat.</translation>
    </message>
    <message>
        <source>Bundled playbooks</source>
        <translation>Mitgelieferte Playbooks</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Open a playbook</source>
        <translation>Playbook öffnen</translation>
    </message>
    <message>
        <source>Playbooks (*.json);;All files (*)</source>
        <translation>Playbooks (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Validation errors</source>
        <translation>Validierungsfehler</translation>
    </message>
    <message>
        <source>Sessions to resume</source>
        <translation>Fortsetzbare Sitzungen</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Go/no-go</source>
        <translation>Go/No-Go</translation>
    </message>
    <message>
        <source>Faults to practise</source>
        <translation>Zu übende Störungen</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>What it mimics</source>
        <translation>Was sie nachahmt</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Start an upgrade</source>
        <translation>Ein Upgrade beginnen</translation>
    </message>
    <message>
        <source>Resume a session</source>
        <translation>Eine Sitzung fortsetzen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>%1 is not a valid playbook:
%2</source>
        <translation>%1 ist kein gültiges Playbook:
%2</translation>
    </message>
    <message>
        <source>%1: valid (%2)</source>
        <translation>%1: gültig (%2)</translation>
    </message>
    <message>
        <source>Show &amp;all sessions</source>
        <translation>&amp;Alle Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Only the newest sessions are listed; this lists every one</source>
        <translation>Nur die neuesten Sitzungen sind aufgeführt; hiermit werden alle aufgeführt</translation>
    </message>
    <message>
        <source>No bundled playbooks were found (looked in %1). Reinstall Upgrade Wizard, or open a playbook file.</source>
        <translation>Es wurden keine mitgelieferten Playbooks gefunden (gesucht in %1). Installieren Sie Upgrade Wizard neu, oder öffnen Sie eine Playbook-Datei.</translation>
    </message>
    <message>
        <source>Not listed: %1</source>
        <translation>Nicht aufgeführt: %1</translation>
    </message>
    <message>
        <source>Training mode is off for this playbook: it is not written for the simulated environment (it has no &quot;training&quot; section), so it would run its real commands against real systems.</source>
        <translation>Der Trainingsmodus ist für dieses Playbook aus: es ist nicht für die simulierte Umgebung geschrieben (es hat keinen Abschnitt &quot;training&quot;) und würde seine echten Befehle gegen echte Systeme ausführen.</translation>
    </message>
    <message>
        <source>GO with waivers</source>
        <translation>GO mit Verzichten</translation>
    </message>
    <message>
        <source>This session cannot be resumed: %1</source>
        <translation>Diese Sitzung kann nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>cannot be resumed</source>
        <translation>kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>Mode of %1</source>
        <translation>Modus von %1</translation>
    </message>
    <message>
        <source>TRAINING: %1</source>
        <translation>TRAINING: %1</translation>
    </message>
    <message numerus="yes">
        <source>The trainer has set %n fault(s) for this session. They are named in the summary&apos;s debrief.</source>
        <translation>
            <numerusform>Der Trainer hat für diese Sitzung %n Störung gesetzt. Sie wird in der Nachbesprechung der Übersicht genannt.</numerusform>
            <numerusform>Der Trainer hat für diese Sitzung %n Störungen gesetzt. Sie werden in der Nachbesprechung der Übersicht genannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trainer has set no fault for this session.</source>
        <translation>Der Trainer hat für diese Sitzung keine Störung gesetzt.</translation>
    </message>
    <message>
        <source>Enter, F2 or a double click changes the mode</source>
        <translation>Eingabetaste, F2 oder ein Doppelklick ändert den Modus</translation>
    </message>
</context>
<context>
    <name>uw::pages::WizardSession</name>
    <message>
        <source>%1: the session&apos;s copy of the playbook no longer loads: %2</source>
        <translation>%1: Die Kopie des Playbooks in der Sitzung lässt sich nicht mehr laden: %2</translation>
    </message>
    <message>
        <source>cannot restart the training environment: %1</source>
        <translation>die Trainingsumgebung kann nicht neu gestartet werden: %1</translation>
    </message>
    <message>
        <source>no playbook is chosen</source>
        <translation>es ist kein Playbook ausgewählt</translation>
    </message>
    <message>
        <source>training mode is on, but the simulated environment is not running; turn training mode off, or go back and choose the playbook again</source>
        <translation>der Trainingsmodus ist eingeschaltet, aber die simulierte Umgebung läuft nicht; schalten Sie den Trainingsmodus aus, oder gehen Sie zurück und wählen Sie das Playbook erneut</translation>
    </message>
    <message>
        <source>this playbook is not written for training mode (it has no &quot;training&quot; section): it would run its real commands against real systems. Turn training mode off to run it for real.</source>
        <translation>dieses Playbook ist nicht für den Trainingsmodus geschrieben (es hat keinen Abschnitt &quot;training&quot;): es würde seine echten Befehle gegen echte Systeme ausführen. Schalten Sie den Trainingsmodus aus, um es echt auszuführen.</translation>
    </message>
</context>
</TS>
