package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

const input = `
# server settings
[server]
host = example.local
port = 8080
debug = true
timeout = 2s500ms

[limits]
max_conns = 128
ratio = 0.75
burst = ten
; comment with a semicolon
bad line here
`

type Config map[string]map[string]string

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func Parse(text string) (Config, []error) {
	cfg := Config{}
	var errs []error
	section := ""
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		switch {
		case line == "", strings.HasPrefix(line, "#"), strings.HasPrefix(line, ";"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.TrimSuffix(strings.TrimPrefix(line, "["), "]")
			cfg[section] = map[string]string{}
		default:
			key, val, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, &ParseError{i + 1, fmt.Sprintf("expected key = value, got %q", line)})
				continue
			}
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
			cfg[section][strings.TrimSpace(key)] = strings.TrimSpace(val)
		}
	}
	return cfg, errs
}

func (c Config) Int(sec, key string) (int, error) {
	v, ok := c[sec][key]
	if !ok {
		return 0, fmt.Errorf("%s.%s missing", sec, key)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("%s.%s: %w", sec, key, err)
	}
	return n, nil
}

func main() {
	cfg, errs := Parse(input)
	for _, e := range errs {
		fmt.Println("parse error:", e)
	}
	sections := make([]string, 0, len(cfg))
	for s := range cfg {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		fmt.Printf("[%s] %v\n", s, cfg[s])
	}

	port, err := cfg.Int("server", "port")
	fmt.Println("port:", port, err)
	debug, err := strconv.ParseBool(cfg["server"]["debug"])
	fmt.Println("debug:", debug, err)
	d, err := time.ParseDuration(cfg["server"]["timeout"])
	fmt.Println("timeout:", d, err)
	ratio, err := strconv.ParseFloat(cfg["limits"]["ratio"], 64)
	fmt.Println("ratio:", ratio*100, err)
	_, err = cfg.Int("limits", "burst")
	fmt.Println(err)
	_, err = cfg.Int("limits", "nope")
	fmt.Println(err)
	n, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(n, err)
}
