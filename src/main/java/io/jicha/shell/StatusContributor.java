package io.jicha.shell;

import io.jicha.session.SessionState;

import java.util.List;

/** A capability's lines in 'session status' (e.g. "rubrics: 3 loaded"). Each is a Spring bean. */
public interface StatusContributor {

    List<String> statusLines(SessionState state);
}
