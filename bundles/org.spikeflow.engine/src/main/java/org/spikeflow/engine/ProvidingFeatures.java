package org.spikeflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Which installed feature provides a bundle, read from the product's {@code features/<id>_<version>/feature.xml} (where
 * p2 unpacks features: {@code ./spikeflow install} puts extension features there too). Only features that say where
 * they are published ({@code <url><update url="..."/>}) are reported: that is what a workflow file records so that a
 * missing node can be named with the feature and the site to install it from. Spikeflow's own features name no site, so
 * files using only Spikeflow's nodes stay as they were.
 */
final class ProvidingFeatures {

    /** A feature and the update site it is published on. */
    record Feature(String id, String updateSite) {
    }

    private static Map<String, Feature> byBundle = Map.of();
    private static String stamp = "";

    private ProvidingFeatures() {
    }

    /** The feature of the product that contains a bundle, if it names an update site. */
    static Optional<Feature> of(String bundle) {
        return bundle == null ? Optional.empty() : Optional.ofNullable(index().get(bundle));
    }

    /**
     * Re-read when a features folder changes (install and uninstall add and remove sub-folders): the product's and, for
     * extensions installed for this user only, the per-user extension location's.
     */
    private static synchronized Map<String, Feature> index() {
        String home = System.getProperty("spikeflow.home");
        if (home == null || home.isBlank()) {
            return Map.of(); // tests and embedding: no product folder
        }
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of(home, "features"));
        String user = System.getProperty("spikeflow.userExtensions");
        if (user != null && !user.isBlank()) {
            folders.add(Path.of(user, "features"));
        }
        StringBuilder current = new StringBuilder();
        for (Path features : folders) {
            current.append(features);
            try {
                current.append(Files.isDirectory(features) ? "@" + Files.getLastModifiedTime(features).toMillis() : "");
            } catch (IOException e) {
                current.append("@?"); // read afresh next time too
            }
            current.append(';');
        }
        if (!current.toString().equals(stamp)) {
            Map<String, Feature> index = new HashMap<>();
            folders.forEach(features -> index.putAll(read(features)));
            byBundle = index;
            stamp = current.toString();
        }
        return byBundle;
    }

    private static Map<String, Feature> read(Path features) {
        Map<String, Feature> index = new HashMap<>();
        if (!Files.isDirectory(features)) {
            return index;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(features)) {
            for (Path folder : folders) {
                Path xml = folder.resolve("feature.xml");
                if (Files.isRegularFile(xml)) {
                    readFeature(xml, index);
                }
            }
        } catch (IOException e) {
            // an unreadable features folder: nothing is recorded, which only costs the nicer message later
        }
        return index;
    }

    private static void readFeature(Path xml, Map<String, Feature> index) {
        try (InputStream in = Files.newInputStream(xml)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            Element feature = document.getDocumentElement();
            NodeList updates = feature.getElementsByTagName("update");
            String site = updates.getLength() > 0 ? ((Element) updates.item(0)).getAttribute("url") : "";
            if (site.isBlank()) {
                return;
            }
            NodeList plugins = feature.getElementsByTagName("plugin");
            for (int i = 0; i < plugins.getLength(); i++) {
                String bundle = ((Element) plugins.item(i)).getAttribute("id");
                index.putIfAbsent(bundle, new Feature(feature.getAttribute("id"), site.strip()));
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            // a broken feature.xml names no feature
        }
    }
}
