package org.spikeflow.extensions.internal;

import java.io.PrintStream;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.p2.core.UIServices;

/**
 * p2's trust questions, answered without a prompt. p2 has already verified every signature that is present (a jar whose
 * signature does not match its content fails the install); what remains is whether to trust signers and unsigned
 * content. The command line trusts them for this install, does not remember that, and says on stderr what it accepted,
 * so a user sees unsigned or unknown-signer content.
 */
final class CommandLineTrust extends UIServices {

    private final PrintStream err;

    CommandLineTrust(PrintStream err) {
        this.err = err;
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location) {
        return null; // no prompts: a site that needs a password is reported as unreachable
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
        return null;
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
        List<Certificate> trusted = new ArrayList<>();
        if (untrustedChains != null) {
            for (Certificate[] chain : untrustedChains) {
                if (chain != null && chain.length > 0) {
                    trusted.add(chain[0]);
                    err.println("note: accepting content signed by " + subject(chain[0]) + " (signature verified)");
                }
            }
        }
        if (unsignedDetail != null) {
            for (String unsigned : unsignedDetail) {
                err.println("note: unsigned content (checksums verified): " + unsigned);
            }
        }
        return new TrustInfo(trusted.toArray(new Certificate[0]), false, true);
    }

    private static String subject(Certificate certificate) {
        return certificate instanceof X509Certificate x509
                ? x509.getSubjectX500Principal().getName()
                : certificate.getType() + " certificate";
    }
}
