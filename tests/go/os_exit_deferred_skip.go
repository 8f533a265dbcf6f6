package main

import (
	"fmt"
	"os"
	"strings"
)

type validationErrors []string

func (v validationErrors) Error() string {
	return fmt.Sprintf("%d problems: %s", len(v), strings.Join(v, "; "))
}

func validate(cfg map[string]string) error {
	var errs validationErrors
	for _, key := range []string{"host", "port", "user"} {
		if cfg[key] == "" {
			errs = append(errs, "missing "+key)
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

func run() int {
	defer fmt.Println("run: deferred cleanup")
	cfg := map[string]string{"host": "localhost"}
	if err := validate(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "config error:", err)
		return 3
	}
	return 0
}

func main() {
	defer fmt.Println("main: this deferred print is skipped by os.Exit")
	code := run()
	fmt.Println("exiting with", code)
	os.Exit(code)
}
