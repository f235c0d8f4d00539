package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func newConfigCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration and where each value came from",
		Long: `Print every configuration key with its effective value and its source. A flag
wins over a DIPGRAPH_* environment variable, which wins over the config file
(dipgraph.yaml), which wins over the default.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "KEY\tVALUE\tSOURCE\tENV")
			for _, k := range configKeys {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", k.name, safe(fmt.Sprint(a.cfg.value(k.name))), safe(configSource(a.v, cmd.Flags(), k.name)), envName(k.name))
			}
			return tw.Flush()
		},
	}
}
