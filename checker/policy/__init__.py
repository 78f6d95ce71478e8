"""The publisher's policy: configuration, licence judgement and the findings baseline."""
