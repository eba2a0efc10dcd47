package org.spikeflow.core.node;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.SettingsHandler;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A factory whose documentation lives next to it, KNIME style: {@code XNodeFactory.xml} in the same package holds the
 * name, category, short and full description and the port descriptions; options are documented by the settings class's
 * {@code @Setting} annotations.
 *
 * <pre>{@code
 * <node name="Counting Loop Start" category="/Flow Control/Loops" type="LoopStart" icon="loop_start.svg">
 *   <shortDescription>...</shortDescription>
 *   <fullDescription>...</fullDescription>
 *   <inPort index="0" name="Any table">...</inPort>
 *   <outPort index="0" name="Same table">...</outPort>
 * </node>
 * }</pre>
 */
public abstract class AbstractNodeFactory<M extends NodeModel<?>> implements NodeFactory<M> {
    /** Compiled once: every text of every description is normalised with them. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** One parser for every description file (creating a parser costs more than parsing a description). */
    private static DocumentBuilder builder;

    private final String id;
    private volatile Documentation documentation;
    private volatile NodeDescription description;

    protected AbstractNodeFactory(String id) {
        this.id = id;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public String getName() {
        return documentation().name();
    }

    @Override
    public String getCategory() {
        return documentation().category();
    }

    /** Read from the description file alone: no model is created. */
    @Override
    public String getShortDescription() {
        return documentation().shortDescription();
    }

    @Override
    public URL getIcon() {
        String icon = documentation().icon();
        return icon.isEmpty() ? null : getClass().getResource(icon);
    }

    @Override
    public NodeDescription getDescription() {
        NodeDescription result = description;
        if (result == null) {
            result = loadDescription();
            description = result;
        }
        return result;
    }

    /**
     * What the description file says. Name, category and short description need nothing else, so listing or sorting
     * nodes creates no model and no settings schema.
     */
    private Documentation documentation() {
        Documentation result = documentation;
        if (result == null) {
            result = readDocumentation();
            documentation = result;
        }
        return result;
    }

    private NodeDescription loadDescription() {
        Documentation doc = documentation();
        M model = createNodeModel();
        List<PortDescription> inPorts = ports(doc.inPorts(), model.getInPortTypes());
        List<PortDescription> outPorts = ports(doc.outPorts(), model.getOutPortTypes());
        ObjectNode schema = SettingsHandler.forClass(model.getSettingsClass()).schema();
        return new NodeDescription(id, doc.name(), doc.category(), doc.nodeType(), doc.shortDescription(),
                fullDescription(doc.fullDescription()), options(schema), inPorts, outPorts, schema,
                bundleOf(getClass()));
    }

    private Documentation readDocumentation() {
        String resource = getClass().getSimpleName() + ".xml";
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Node description " + getClass().getPackageName() + "/" + resource
                        + " is missing");
            }
            Element root = parse(in).getDocumentElement();
            return new Documentation(required(root, "name"), required(root, "category"),
                    root.hasAttribute("type") ? root.getAttribute("type") : "Other", text(root, "shortDescription"),
                    text(root, "fullDescription"), root.getAttribute("icon"), portTexts(root, "inPort"),
                    portTexts(root, "outPort"));
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Node description " + resource + " of " + id + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The full description as shown, from the XML's text (indentation collapsed, paragraphs kept): a factory may fill
     * in parts generated from the library it adapts, so that a list such as the available schemes has one place.
     * Paragraphs are separated by a blank line. By default the text as it is.
     */
    protected String fullDescription(String text) {
        return text;
    }

    private static Document parse(InputStream in) throws ParserConfigurationException, SAXException, IOException {
        synchronized (AbstractNodeFactory.class) {
            if (builder == null) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance(); // the JDK's parser: no lookup
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setNamespaceAware(false);
                builder = factory.newDocumentBuilder();
            }
            builder.reset();
            return builder.parse(in);
        }
    }

    private String required(Element root, String attribute) {
        String value = root.getAttribute(attribute);
        if (value.isEmpty()) {
            throw new IllegalStateException("Node description of " + id + " lacks the '" + attribute + "' attribute");
        }
        return value;
    }

    private static String text(Element root, String tag) {
        NodeList list = root.getElementsByTagName(tag);
        return list.getLength() == 0 ? "" : normalise(list.item(0).getTextContent());
    }

    /** Collapses the XML indentation while keeping blank-line paragraph breaks. */
    private static String normalise(String text) {
        String[] paragraphs = PARAGRAPH_BREAK.split(text.strip());
        List<String> cleaned = new ArrayList<>();
        for (String paragraph : paragraphs) {
            cleaned.add(WHITESPACE.matcher(paragraph.strip()).replaceAll(" "));
        }
        return String.join("\n\n", cleaned);
    }

    /** The port elements of one kind, in file order. */
    private static List<PortText> portTexts(Element root, String tag) {
        NodeList list = root.getElementsByTagName(tag);
        List<PortText> ports = new ArrayList<>();
        for (int e = 0; e < list.getLength(); e++) {
            Element element = (Element) list.item(e);
            ports.add(new PortText(element.getAttribute("index"), element.getAttribute("name"),
                    normalise(element.getTextContent())));
        }
        return ports;
    }

    private static List<PortDescription> ports(List<PortText> texts, PortType[] types) {
        List<PortDescription> ports = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String name = types[i].getName();
            String text = "";
            for (PortText port : texts) {
                if (Integer.toString(i).equals(port.index())) {
                    name = port.name().isEmpty() ? name : port.name();
                    text = port.text();
                }
            }
            ports.add(new PortDescription(i, name, text, types[i].getId(), types[i].getName(), types[i].isOptional()));
        }
        return ports;
    }

    private static List<OptionDescription> options(ObjectNode schema) {
        List<OptionDescription> options = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode property = entry.getValue();
            options.add(new OptionDescription(entry.getKey(), property.path("title").asText(entry.getKey()),
                    property.path("description").asText(""), property.path("type").asText("object"),
                    property.has("default") ? property.get("default").toString() : null));
        }
        return options;
    }

    private static String bundleOf(Class<?> type) {
        try {
            Class<?> frameworkUtil = Class.forName("org.osgi.framework.FrameworkUtil");
            Object bundle = frameworkUtil.getMethod("getBundle", Class.class).invoke(null, type);
            return bundle == null ? null : (String) bundle.getClass().getMethod("getSymbolicName").invoke(bundle);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null; // outside OSGi
        }
    }

    /** The description file's contents (texts normalised). */
    private record Documentation(String name, String category, String nodeType, String shortDescription,
            String fullDescription, String icon, List<PortText> inPorts, List<PortText> outPorts) {
    }

    /** One {@code inPort}/{@code outPort} element: its index and name attributes and its text. */
    private record PortText(String index, String name, String text) {
    }
}
