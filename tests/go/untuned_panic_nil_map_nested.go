// An unrecovered nil-map write deep in method calls, with deferred prints on the way out.
package main

import "fmt"

type Registry struct {
	byName map[string][]int
}

type Service struct {
	reg *Registry
}

func (s *Service) Register(name string, port int) {
	defer fmt.Println("register deferred:", name)
	s.reg.byName[name] = append(s.reg.byName[name], port)
}

func setup(s *Service) {
	defer func() {
		fmt.Println("setup cleanup")
	}()
	s.Register("web", 80)
}

func main() {
	defer fmt.Println("main deferred")
	s := &Service{reg: &Registry{}}
	fmt.Println("starting", s.reg.byName == nil, len(s.reg.byName["web"]))
	setup(s)
	fmt.Println("never printed")
}
